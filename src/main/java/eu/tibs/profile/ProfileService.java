package eu.tibs.profile;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.company.CompanyService;
import eu.tibs.reference.ReferenceData;
import eu.tibs.reference.Region;
import eu.tibs.web.FieldProblems;
import eu.tibs.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a company's cooperation profile after checking it against the code lists. */
@Service
@Transactional
public class ProfileService {
    private final CooperationProfileRepository profiles;
    private final CompanyService companies;
    private final ReferenceData referenceData;
    private final Clock clock;

    ProfileService(CooperationProfileRepository profiles, CompanyService companies, ReferenceData referenceData,
                   Clock clock) {
        this.profiles = profiles;
        this.companies = companies;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CooperationProfile find(UUID companyId) {
        companies.find(companyId);
        return profiles.findById(companyId).orElseThrow(() -> new NotFoundException("Profile of company", companyId));
    }

    /** The company's profile, or empty while no needs analysis has recorded one. */
    @Transactional(readOnly = true)
    public Optional<CooperationProfile> current(UUID companyId) {
        return profiles.findById(companyId);
    }

    /** The profiles of those of these companies that have one, for a list of companies. */
    @Transactional(readOnly = true)
    public List<CooperationProfile> profilesOf(Collection<UUID> companyIds) {
        return profiles.findAllById(companyIds);
    }

    public CooperationProfile record(UUID companyId, ProfileFacts facts) {
        var company = companies.find(companyId);
        check(facts, company.getCountry());
        var profile = profiles.findById(companyId).orElseGet(() -> new CooperationProfile(companyId));
        profile.replace(facts, clock.instant());
        return profiles.saveAndFlush(profile);
    }

    private void check(ProfileFacts facts, String homeCountry) {
        var problems = new FieldProblems();
        List<String> components = facts.valueChain().stream().map(ValueChainEntry::component).toList();
        problems.unknownCodes("valueChain", referenceData.unknownValueChainComponents(components),
                "value-chain component");
        var seen = new HashSet<String>();
        components.stream().filter(c -> !seen.add(c)).findFirst()
                .ifPresent(c -> problems.add("valueChain", "component " + c + " is given twice"));
        problems.unknownCodes("s3Domains", referenceData.unknownS3Domains(facts.s3Domains()), "S3 domain");
        problems.unknownCodes("cooperationTypes", referenceData.unknownCooperationTypes(facts.cooperationTypes()),
                "cooperation type");
        Set<String> networkCountries = referenceData.regions().stream().map(Region::getCountry)
                .collect(Collectors.toSet());
        var outside = new TreeSet<>(facts.targetCountries());
        outside.removeAll(networkCountries);
        problems.unknownCodes("targetCountries", outside, "country of the network");
        if (facts.targetCountries().contains(homeCountry)) {
            problems.add("targetCountries", "partners are sought abroad; " + homeCountry + " is the company's own country");
        }
        problems.throwIfAny();
    }
}
