package eu.tibs.profile;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** The result of a company's needs analysis, and what matching works on. */
@Entity
@Table(name = "cooperation_profile")
public class CooperationProfile {
    @Id
    private UUID companyId;
    private Integer readiness;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "profile_component", joinColumns = @JoinColumn(name = "company_id"))
    private Set<ValueChainEntry> valueChain = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "profile_s3_domain", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "domain_code")
    private Set<String> s3Domains = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "profile_cooperation_type", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "type_code")
    private Set<String> cooperationTypes = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "profile_target_country", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "country")
    private Set<String> targetCountries = new HashSet<>();
    private Instant updatedAt;
    @Version
    private long version;

    protected CooperationProfile() {
    }

    CooperationProfile(UUID companyId) {
        this.companyId = companyId;
    }

    void replace(ProfileFacts facts, Instant now) {
        readiness = facts.readiness();
        replaceAll(valueChain, facts.valueChain());
        replaceAll(s3Domains, facts.s3Domains());
        replaceAll(cooperationTypes, facts.cooperationTypes());
        replaceAll(targetCountries, facts.targetCountries());
        updatedAt = now;
    }

    /** Erasure on request: needs and offers are text people write and may name them; codes and states stay. */
    void eraseFreeText(Instant now) {
        replaceAll(valueChain, valueChain.stream()
                .map(entry -> new ValueChainEntry(entry.component(), entry.state(), null, null, null, null))
                .toList());
        updatedAt = now;
    }

    private static <T> void replaceAll(Set<T> target, Collection<T> source) {
        target.clear();
        target.addAll(source);
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public Integer getReadiness() {
        return readiness;
    }

    public List<ValueChainEntry> getValueChain() {
        return valueChain.stream().sorted(Comparator.comparing(ValueChainEntry::component)).toList();
    }

    public Set<String> getS3Domains() {
        return Set.copyOf(s3Domains);
    }

    public Set<String> getCooperationTypes() {
        return Set.copyOf(cooperationTypes);
    }

    public Set<String> getTargetCountries() {
        return Set.copyOf(targetCountries);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
