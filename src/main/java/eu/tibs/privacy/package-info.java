/**
 * A company's data rights (GDPR): export of everything TIBS holds about a company, and erasure of its people's data
 * on request while anonymous statistics stay.
 *
 * <p>Each feature that stores data about a company contributes its part by implementing
 * {@link eu.tibs.privacy.CompanyDataContributor} as a Spring bean in its own package: {@code section()} names its
 * part of the export, {@code export} returns a JSON-serialisable view, {@code erase} removes personal data (names,
 * e-mails, phones, job titles, free text that people write) and keeps ids, codes, stages and timestamps. Nothing
 * here needs changing when a feature is added; the export and erasure integration tests then cover it too.
 */
package eu.tibs.privacy;
