package eu.tibs.workspace.companies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.tibs.company.Company;
import eu.tibs.company.CompanyRequest;
import eu.tibs.company.CompanyRequest.ConsentRequest;
import eu.tibs.company.CompanyRequest.ContactRequest;
import eu.tibs.company.ConsentPurpose;
import eu.tibs.company.OrganisationType;
import eu.tibs.company.SizeClass;

/**
 * The registration and correction form as the browser posts it: one contact person on registration, the country
 * taken from the region. It becomes the API's {@link CompanyRequest}, so that both doors check the same rules.
 */
class CompanyForm {
    /** The consent text brokers read out on registration; its version is stored with the consent. */
    static final String CONSENT_TEXT_VERSION = "workspace-1";

    private String legalName;
    private String registryId;
    private String regionCode;
    private SizeClass sizeClass;
    private OrganisationType organisationType = OrganisationType.COMPANY;
    private Integer yearFounded;
    private String website;
    private List<String> naceCodes = new ArrayList<>();
    private String languages;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String contactJobTitle;
    private boolean consentGiven;

    static CompanyForm of(Company company) {
        var form = new CompanyForm();
        form.legalName = company.getLegalName();
        form.registryId = company.getRegistryId();
        form.regionCode = company.getRegionCode();
        form.sizeClass = company.getSizeClass();
        form.organisationType = company.getOrganisationType();
        form.yearFounded = company.getYearFounded();
        form.website = company.getWebsite();
        form.naceCodes = new ArrayList<>(company.getNaceCodes());
        form.languages = String.join(", ", company.getLanguages());
        return form;
    }

    /** The request the API would take; {@code country} is the region's. */
    CompanyRequest toRequest(String country, boolean withContact) {
        List<ContactRequest> contacts = withContact ? List.of(new ContactRequest(blankToNull(contactName),
                blankToNull(contactEmail), blankToNull(contactPhone), blankToNull(contactJobTitle),
                consentGiven ? new ConsentRequest(ConsentPurpose.BROKERAGE, CONSENT_TEXT_VERSION, null) : null))
                : List.of();
        return new CompanyRequest(blankToNull(legalName), blankToNull(registryId), country, blankToNull(regionCode),
                sizeClass, organisationType, yearFounded, blankToNull(website), new LinkedHashSet<>(naceCodes),
                languageSet(), contacts);
    }

    /** The form field a request's property path belongs to: {@code contacts[0].email} is {@code contactEmail}. */
    static String fieldOf(String requestPath) {
        String path = requestPath.replaceAll("\\[[^]]*]", "");
        return switch (path) {
            case "contacts.fullName" -> "contactName";
            case "contacts.email" -> "contactEmail";
            case "contacts.phone" -> "contactPhone";
            case "contacts.jobTitle" -> "contactJobTitle";
            case "contacts.consent", "contacts.consent.givenAt", "contacts" -> "consentGiven";
            case "country" -> "regionCode";
            default -> path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        };
    }

    private Set<String> languageSet() {
        var set = new LinkedHashSet<String>();
        if (languages != null) {
            for (String language : languages.split("[,\\s]+")) {
                if (!language.isBlank()) {
                    set.add(language.strip().toLowerCase());
                }
            }
        }
        return set;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getRegistryId() { return registryId; }
    public void setRegistryId(String registryId) { this.registryId = registryId; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public SizeClass getSizeClass() { return sizeClass; }
    public void setSizeClass(SizeClass sizeClass) { this.sizeClass = sizeClass; }
    public OrganisationType getOrganisationType() { return organisationType; }
    public void setOrganisationType(OrganisationType organisationType) { this.organisationType = organisationType; }
    public Integer getYearFounded() { return yearFounded; }
    public void setYearFounded(Integer yearFounded) { this.yearFounded = yearFounded; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<String> getNaceCodes() { return naceCodes; }
    public void setNaceCodes(List<String> naceCodes) { this.naceCodes = naceCodes == null ? new ArrayList<>() : naceCodes; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactJobTitle() { return contactJobTitle; }
    public void setContactJobTitle(String contactJobTitle) { this.contactJobTitle = contactJobTitle; }
    public boolean isConsentGiven() { return consentGiven; }
    public void setConsentGiven(boolean consentGiven) { this.consentGiven = consentGiven; }
}
