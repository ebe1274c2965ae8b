package eu.tibs.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import eu.tibs.privacy.Anonymisation;
import eu.tibs.privacy.ErasedRegistryIds;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A company (SME or R&D institution) of one region; only that region's brokers may change it. */
@Entity
@Table(name = "company")
public class Company {
    @Id
    private UUID id;
    private String legalName;
    private String registryId;
    private String country;
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private SizeClass sizeClass;
    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;
    private int yearFounded;
    private String website;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "company_nace", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "nace_code")
    private Set<String> naceCodes = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "company_language", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "language")
    private Set<String> languages = new TreeSet<>();
    @OneToMany(mappedBy = "company", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    private List<ContactPerson> contacts = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private Instant erasedAt;
    @Version
    private long version;

    protected Company() {
    }

    Company(CompanyFacts facts, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        update(facts, now);
    }

    void update(CompanyFacts facts, Instant now) {
        legalName = facts.legalName();
        registryId = facts.registryId();
        country = facts.country();
        regionCode = facts.regionCode();
        sizeClass = facts.sizeClass();
        organisationType = facts.organisationType();
        yearFounded = facts.yearFounded();
        website = facts.website();
        naceCodes.clear();
        naceCodes.addAll(facts.naceCodes());
        languages.clear();
        languages.addAll(facts.languages());
        updatedAt = now;
    }

    ContactPerson addContact(String fullName, String email, String phone, String jobTitle) {
        var contact = new ContactPerson(this, fullName, email, phone, jobTitle);
        contacts.add(contact);
        return contact;
    }

    /**
     * Erasure on request: the contact people and their consents go, and the name, registry id and website, which name
     * a sole trader, are replaced; country, region, size, NACE codes and languages stay for statistics. Returns the
     * consents the contacts had given.
     */
    List<Consent> erase(Instant now, ErasedRegistryIds registryIds) {
        var consents = contacts.stream().flatMap(contact -> contact.getConsents().stream()).toList();
        contacts.clear();
        if (erasedAt == null) {
            legalName = Anonymisation.companyLabel(id);
            registryId = registryIds.of(country, registryId);
            website = null;
            erasedAt = now;
            updatedAt = now;
        }
        return consents;
    }

    public UUID getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getRegistryId() {
        return registryId;
    }

    public String getCountry() {
        return country;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public int getYearFounded() {
        return yearFounded;
    }

    public String getWebsite() {
        return website;
    }

    public Set<String> getNaceCodes() {
        return Set.copyOf(naceCodes);
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public List<ContactPerson> getContacts() {
        return List.copyOf(contacts);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public long getVersion() {
        return version;
    }
}
