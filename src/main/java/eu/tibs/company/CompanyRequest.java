package eu.tibs.company;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company as a broker or the public intake page submits it. Contacts are given on registration only. */
public record CompanyRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = NAME_MESSAGE) String legalName,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9 ./-]+", message = "may hold letters, digits, spaces and . / - only")
        String registryId,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as PL") String country,
        @NotBlank @Size(max = 32) String regionCode,
        @NotNull SizeClass sizeClass,
        @NotNull OrganisationType organisationType,
        @NotNull @Min(1800) Integer yearFounded,
        @Size(max = 300) @Pattern(regexp = WEBSITE, message = "must be an http(s) address such as https://example.com") String website,
        @NotEmpty @Size(max = 10) Set<@NotNull @Pattern(regexp = "\\d{2}(\\.\\d{1,2})?", message = "must be a NACE code such as 10.51") String> naceCodes,
        @Size(max = 10) Set<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code such as de") String> languages,
        @Size(max = 5) List<@Valid @NotNull ContactRequest> contacts) {

    /** A contact person and the consent they gave. */
    public record ContactRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = NAME_MESSAGE) String fullName,
            @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = "must be an e-mail address such as name@example.com") String email,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()/-]+", message = "must be a phone number") String phone,
            @Size(max = 120) @Pattern(regexp = NAME, message = NAME_MESSAGE) String jobTitle,
            @Valid @NotNull ConsentRequest consent) {

        NewContact toNewContact() {
            return new NewContact(fullName.strip(), email.strip(), phone, jobTitle, consent.purpose(),
                    consent.textVersion(), consent.givenAt());
        }
    }

    /** What the contact person agreed to, and when (now when left out). */
    public record ConsentRequest(
            @NotNull ConsentPurpose purpose,
            @NotBlank @Size(max = 32) String textVersion,
            Instant givenAt) {
    }

    /** Letters of any language, digits, spaces and the punctuation names use; no markup or statement separators. */
    static final String NAME = "[\\p{L}\\p{M}\\p{N} .,&'()/+\"-]+";
    static final String NAME_MESSAGE = "may hold letters, digits, spaces and . , & ' ( ) / + \" - only";

    /** A host name with a dot and a path without markup or quotes: a page address a broker can safely open. */
    static final String WEBSITE = "https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~%!$&()*+,;=:@/?#-]*)?";
    /** An address mail servers deliver to: no quoted local parts, no bare host names such as a@b. */
    static final String EMAIL = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";

    public CompanyFacts toFacts() {
        return new CompanyFacts(legalName, registryId, country, regionCode, sizeClass, organisationType, yearFounded,
                website, naceCodes, languages == null ? Set.of() : languages);
    }

    public List<NewContact> newContacts() {
        return contacts == null ? List.of() : contacts.stream().map(ContactRequest::toNewContact).toList();
    }
}
