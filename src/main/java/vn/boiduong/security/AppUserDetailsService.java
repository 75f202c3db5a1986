package vn.boiduong.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final UnitDirectory units;

    AppUserDetailsService(UserRepository users, UnitDirectory units) {
        this.users = users;
        this.units = units;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        UnitDirectory.UnitRef unit = units.unit(account.orgUnitId())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.fullName(), account.role(),
                unit.id(), unit.name(), unit.path(), account.personId(), account.providerId());
        String hash = users.passwordHash(account.id()).orElseThrow();
        return new AppUserDetails(user, hash, account.enabled(), account.lockedUntil());
    }
}
