package vn.boiduong.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as BCrypt hashes (cost {@code boiduong.security.bcrypt-cost}, 10 unless configured). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** The tests lower the cost (4) so that thousands of Basic requests do not spend minutes hashing; BCrypt all the same. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${boiduong.security.bcrypt-cost:10}") int cost) {
        return new BCryptPasswordEncoder(Math.max(4, Math.min(cost, 31)));
    }

    /**
     * The password is always checked first, and a locked or disabled account is refused only after it: an answer that
     * came back without the BCrypt work would tell by its speed that the account exists and is locked.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
