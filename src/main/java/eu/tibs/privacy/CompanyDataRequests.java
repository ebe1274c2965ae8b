package eu.tibs.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out a company's export and erasure requests across every feature that holds its data. */
@Service
@Transactional
public class CompanyDataRequests {
    private final List<CompanyDataContributor> contributors;
    private final ErasureRepository erasures;
    private final Clock clock;

    CompanyDataRequests(List<CompanyDataContributor> contributors, ErasureRepository erasures, Clock clock) {
        this.contributors = contributors;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** Every feature's part under its section name, and the erasure record if there is one. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID companyId) {
        var export = new LinkedHashMap<String, Object>();
        export.put("companyId", companyId);
        export.put("exportedAt", clock.instant());
        for (CompanyDataContributor contributor : contributors) {
            export.put(contributor.section(), contributor.export(companyId));
        }
        export.put("erasure", erasures.findById(companyId).map(ErasureView::of).orElse(null));
        return export;
    }

    /**
     * Erases in every feature, in one transaction. Asked again, it erases again (data may have come since, such as a
     * case opened by mistake) and keeps the first record.
     */
    public Erasure erase(UUID companyId, ErasureReason reason, String requestedBy) {
        contributors.forEach(contributor -> contributor.erase(companyId));
        return erasures.findById(companyId)
                .orElseGet(() -> erasures.save(new Erasure(companyId, reason, requestedBy, clock.instant())));
    }
}
