package eu.tibs.reference;

import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A region of the network with its broker organisation and its S3 priority domains. */
@Entity
@Table(name = "region")
public class Region {
    @Id
    private String code;
    private String name;
    private String country;
    private String nutsCode;
    private int nutsLevel;
    private String language;
    private String brokerOrganisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "region_s3_domain", joinColumns = @JoinColumn(name = "region_code"))
    @Column(name = "domain_code")
    private Set<String> s3Domains;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getNutsCode() {
        return nutsCode;
    }

    public int getNutsLevel() {
        return nutsLevel;
    }

    public String getLanguage() {
        return language;
    }

    public String getBrokerOrganisation() {
        return brokerOrganisation;
    }

    public Set<String> getS3Domains() {
        return Set.copyOf(s3Domains);
    }
}
