package eu.tibs.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.tibs.company.CompanyService;
import eu.tibs.security.BrokerGroups;
import eu.tibs.web.ConflictException;
import eu.tibs.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens brokerage cases and moves them through their stages; the process drives, this records. */
@Service
@Transactional
public class BrokerageCaseService {
    private final CaseRepository cases;
    private final CompanyService companies;
    private final RuntimeService runtime;
    private final Clock clock;

    BrokerageCaseService(CaseRepository cases, CompanyService companies, RuntimeService runtime, Clock clock) {
        this.cases = cases;
        this.companies = companies;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Stores the case and starts its process in one transaction: either both exist or neither. */
    public BrokerageCase open(UUID companyId) {
        var company = companies.find(companyId);
        if (cases.existsByCompanyIdAndClosedAtIsNull(companyId)) {
            throw new ConflictException("Company " + companyId + " has an open case already.");
        }
        var brokerageCase = cases.saveAndFlush(new BrokerageCase(companyId, company.getRegionCode(), clock.instant()));
        runtime.startProcessInstanceByKey(CaseProcess.KEY, brokerageCase.getId().toString(), Map.of(
                CaseProcess.Vars.CASE_ID, brokerageCase.getId().toString(),
                CaseProcess.Vars.HOME_BROKER_GROUP, BrokerGroups.of(company.getRegionCode())));
        return brokerageCase;
    }

    public void moveTo(UUID caseId, CaseStage stage) {
        find(caseId).moveTo(stage, clock.instant());
    }

    public void close(UUID caseId, CaseStage outcome, String reason) {
        find(caseId).close(outcome, reason, clock.instant());
    }

    @Transactional(readOnly = true)
    public BrokerageCase find(UUID caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
    }

    @Transactional(readOnly = true)
    public List<BrokerageCase> casesOf(UUID companyId) {
        companies.find(companyId);
        return cases.findByCompanyIdOrderByOpenedAt(companyId);
    }

    @Transactional(readOnly = true)
    public Page<BrokerageCase> search(CaseSearch search, Pageable page) {
        return cases.findAll(search.toSpecification(), page);
    }
}
