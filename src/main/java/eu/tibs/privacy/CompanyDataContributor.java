package eu.tibs.privacy;

import java.util.UUID;

/**
 * A feature's part of a company's data: what it exports and what it erases on request. Implemented once per feature
 * package as a Spring bean; erasure calls every implementation in one transaction, so either all parts are erased or
 * none. Both methods are called for companies that exist; {@code erase} must be idempotent.
 */
public interface CompanyDataContributor {

    /** The name of this part in the export, such as {@code "company"} or {@code "cases"}. */
    String section();

    /** What this feature holds about the company, as a JSON-serialisable value; null when it holds nothing. */
    Object export(UUID companyId);

    /** Removes personal data about the company's people; ids, codes, stages and timestamps stay for statistics. */
    void erase(UUID companyId);
}
