package eu.tibs.reference;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the code lists and tells which of a set of codes it does not know. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    /** The NACE levels a company may be classified at: division, group or class. */
    public static final Set<Integer> COMPANY_NACE_LEVELS = Set.of(2, 3, 4);

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final RegionRepository regions;
    private final S3DomainRepository s3Domains;
    private final CooperationTypeRepository cooperationTypes;
    private final ValueChainComponentRepository valueChain;
    private final NaceActivityRepository nace;

    ReferenceData(RegionRepository regions, S3DomainRepository s3Domains, CooperationTypeRepository cooperationTypes,
                  ValueChainComponentRepository valueChain, NaceActivityRepository nace) {
        this.regions = regions;
        this.s3Domains = s3Domains;
        this.cooperationTypes = cooperationTypes;
        this.valueChain = valueChain;
        this.nace = nace;
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }

    public List<Region> regions() {
        return regions.findAll(Sort.by("code"));
    }

    public List<S3Domain> s3Domains() {
        return s3Domains.findAll(Sort.by("code"));
    }

    public List<CooperationType> cooperationTypes() {
        return cooperationTypes.findAll(Sort.by("code"));
    }

    public List<ValueChainComponent> valueChain() {
        return valueChain.findAll(Sort.by("kind", "code"));
    }

    public List<NaceActivity> naceActivities(Integer level, String text, int limit) {
        return nace.search(level, text == null || text.isBlank() ? null : text.strip(), Limit.of(limit));
    }

    /** The activities of these codes, in code order; codes that are none are left out. */
    public List<NaceActivity> naceActivities(Collection<String> codes) {
        return nace.findAllById(codes).stream().sorted(Comparator.comparing(NaceActivity::getCode)).toList();
    }

    /** Codes that are not NACE activities a company can be classified at. */
    public Set<String> unknownNaceCodes(Collection<String> codes) {
        var unknown = new TreeSet<>(codes);
        nace.findAllById(codes).stream()
                .filter(activity -> COMPANY_NACE_LEVELS.contains(activity.getLevel()))
                .forEach(activity -> unknown.remove(activity.getCode()));
        return unknown;
    }

    /** Codes that are not ISO 639-1 languages. */
    public Set<String> unknownLanguages(Collection<String> codes) {
        var unknown = new TreeSet<>(codes);
        unknown.removeAll(LANGUAGES);
        return unknown;
    }

    public Set<String> unknownS3Domains(Collection<String> codes) {
        return unknown(s3Domains, codes);
    }

    public Set<String> unknownCooperationTypes(Collection<String> codes) {
        return unknown(cooperationTypes, codes);
    }

    public Set<String> unknownValueChainComponents(Collection<String> codes) {
        return unknown(valueChain, codes);
    }

    private static <T extends CodeListEntry> Set<String> unknown(JpaRepository<T, String> repository,
                                                                  Collection<String> codes) {
        var unknown = new TreeSet<>(codes);
        repository.findAllById(codes).forEach(entry -> unknown.remove(entry.getCode()));
        return unknown;
    }
}
