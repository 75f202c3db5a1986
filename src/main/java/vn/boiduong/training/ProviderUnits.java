package vn.boiduong.training;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccountLinks;

/** Tells user administration which unit owns a provider, so only that unit's subtree may give it accounts. */
@Component
class ProviderUnits implements AccountLinks.Providers {

    private final ProviderRepository providers;

    ProviderUnits(ProviderRepository providers) {
        this.providers = providers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> unitPathOfProvider(long providerId) {
        return providers.find(providerId).map(Provider::orgUnitPath);
    }
}
