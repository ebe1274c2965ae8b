package eu.tibs.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.company.Company;
import eu.tibs.company.CompanyService;
import eu.tibs.profile.CooperationProfile;
import eu.tibs.profile.ProfileService;
import eu.tibs.profile.ValueChainEntry;
import org.springframework.stereotype.Component;

/**
 * A simple scorer until the matching engine takes over: keywords of needs met by offers both ways, shared S3 domains
 * and cooperation types, within the target countries unless the search is widened.
 */
@Component
class KeywordCandidateSource implements CandidateSource {
    private final ProfileService profiles;
    private final CompanyService companies;

    KeywordCandidateSource(ProfileService profiles, CompanyService companies) {
        this.profiles = profiles;
        this.companies = companies;
    }

    @Override
    public List<Candidate> shortlist(CooperationProfile profile, Set<UUID> excluded, boolean widened, int limit) {
        String ownCountry = companies.find(profile.getCompanyId()).getCountry();
        return profiles.all().stream()
                .filter(other -> !other.getCompanyId().equals(profile.getCompanyId())
                        && !excluded.contains(other.getCompanyId()))
                .map(other -> score(profile, other, ownCountry, widened))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Candidate::score).reversed())
                .limit(limit)
                .toList();
    }

    private Optional<Candidate> score(CooperationProfile mine, CooperationProfile theirs, String ownCountry,
                                      boolean widened) {
        Company company = companies.find(theirs.getCompanyId());
        boolean targeted = mine.getTargetCountries().isEmpty() || mine.getTargetCountries().contains(company.getCountry());
        if (company.getCountry().equals(ownCountry) || !widened && !targeted) {
            return Optional.empty();
        }
        Set<String> needsMet = shared(needs(mine), offers(theirs));
        Set<String> offersWanted = shared(offers(mine), needs(theirs));
        Set<String> s3 = shared(mine.getS3Domains(), theirs.getS3Domains());
        Set<String> types = shared(mine.getCooperationTypes(), theirs.getCooperationTypes());
        int points = 30 * Math.min(needsMet.size(), 2) + 15 * Math.min(offersWanted.size(), 2)
                + 5 * Math.min(s3.size(), 2) + 5 * Math.min(types.size(), 2);
        if (needsMet.isEmpty() && offersWanted.isEmpty()) {
            return Optional.empty();
        }
        var why = new ArrayList<String>();
        if (!needsMet.isEmpty()) {
            why.add("its offers meet the needs " + needsMet);
        }
        if (!offersWanted.isEmpty()) {
            why.add("it needs the offers " + offersWanted);
        }
        if (!s3.isEmpty()) {
            why.add("shared S3 domains " + s3);
        }
        if (!types.isEmpty()) {
            why.add("both want " + types);
        }
        return Optional.of(new Candidate(theirs.getCompanyId(), company.getRegionCode(), Math.min(points, 100),
                String.join("; ", why)));
    }

    private static Set<String> needs(CooperationProfile profile) {
        return keywords(profile.getValueChain().stream().flatMap(entry -> entry.needKeywords().stream()).toList());
    }

    private static Set<String> offers(CooperationProfile profile) {
        return keywords(profile.getValueChain().stream().map(ValueChainEntry::offerKeywords)
                .flatMap(List::stream).toList());
    }

    private static Set<String> keywords(List<String> keywords) {
        return keywords.stream().map(keyword -> keyword.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> shared(Set<String> one, Set<String> other) {
        var both = new TreeSet<>(one);
        both.retainAll(other);
        return both;
    }
}
