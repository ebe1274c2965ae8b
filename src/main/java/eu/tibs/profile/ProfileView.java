package eu.tibs.profile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A cooperation profile as the API shows it. */
record ProfileView(UUID companyId, Integer readiness, List<ValueChainEntry> valueChain, Set<String> s3Domains,
                   Set<String> cooperationTypes, Set<String> targetCountries, Instant updatedAt, long version) {

    static ProfileView of(CooperationProfile p) {
        return new ProfileView(p.getCompanyId(), p.getReadiness(), p.getValueChain(), p.getS3Domains(),
                p.getCooperationTypes(), p.getTargetCountries(), p.getUpdatedAt(), p.getVersion());
    }
}
