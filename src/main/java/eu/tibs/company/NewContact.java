package eu.tibs.company;

import java.time.Instant;

/** A contact person with the consent they gave when the company applied. */
public record NewContact(String fullName, String email, String phone, String jobTitle,
                         ConsentPurpose consentPurpose, String consentTextVersion, Instant consentGivenAt) {
}
