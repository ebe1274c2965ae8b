package eu.tibs.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.tibs.privacy.CompanyDataContributor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases' part of a company's data export and erasure, with what the process engine holds about them. Erases
 * first, so that the company's processes have ended before other features erase what those processes wrote.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@Transactional
class CaseData implements CompanyDataContributor {
    static final String WITHDRAWAL_REASON = "Withdrawn: the company's personal data was erased on request";

    private final CaseRepository cases;
    private final ProcessTraces traces;
    private final Clock clock;

    CaseData(CaseRepository cases, ProcessTraces traces, Clock clock) {
        this.cases = cases;
        this.traces = traces;
        this.clock = clock;
    }

    /** A case with its process instances. */
    record Export(@JsonUnwrapped CaseView caseFile, List<ProcessTraces.Trace> processes) {
    }

    @Override
    public String section() {
        return "cases";
    }

    @Override
    public List<Export> export(UUID companyId) {
        return cases.findByCompanyIdOrderByOpenedAt(companyId).stream()
                .map(c -> new Export(CaseView.of(c), traces.export(c.getId().toString())))
                .toList();
    }

    /** Open cases are withdrawn and their processes end; the case rows stay as anonymous statistics. */
    @Override
    public void erase(UUID companyId) {
        List<BrokerageCase> ofCompany = cases.findByCompanyIdOrderByOpenedAt(companyId);
        List<String> businessKeys = ofCompany.stream().map(c -> c.getId().toString()).toList();
        traces.endRunning(businessKeys, WITHDRAWAL_REASON);
        Instant now = clock.instant();
        ofCompany.forEach(c -> c.endForErasure(WITHDRAWAL_REASON, now));
        cases.flush();
        traces.erase(businessKeys);
    }
}
