package eu.tibs.profile;

import java.time.Clock;
import java.util.UUID;

import eu.tibs.privacy.CompanyDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cooperation profile's part of a company's data export and erasure. */
@Component
@Transactional
class ProfileData implements CompanyDataContributor {
    private final CooperationProfileRepository profiles;
    private final Clock clock;

    ProfileData(CooperationProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public ProfileView export(UUID companyId) {
        return profiles.findById(companyId).map(ProfileView::of).orElse(null);
    }

    /** The S3 domains, cooperation types, target countries and value-chain states stay for the Trans-S3 reports. */
    @Override
    public void erase(UUID companyId) {
        profiles.findById(companyId).ifPresent(profile -> {
            profile.eraseFreeText(clock.instant());
            profiles.flush();
        });
    }
}
