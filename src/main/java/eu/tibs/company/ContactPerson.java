package eu.tibs.company;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** The person at a company whom brokers talk to; personal data, shared with a partner only after double opt-in. */
@Entity
@Table(name = "contact_person")
public class ContactPerson {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "company_id")
    private Company company;
    private String fullName;
    private String email;
    private String phone;
    private String jobTitle;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "contact_id", nullable = false)
    @OrderBy("givenAt")
    private List<Consent> consents = new ArrayList<>();

    protected ContactPerson() {
    }

    ContactPerson(Company company, String fullName, String email, String phone, String jobTitle) {
        this.id = UUID.randomUUID();
        this.company = company;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.jobTitle = jobTitle;
    }

    void recordConsent(Consent consent) {
        consents.add(consent);
    }

    public UUID getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public List<Consent> getConsents() {
        return List.copyOf(consents);
    }
}
