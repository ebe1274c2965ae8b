package eu.tibs.casefile;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tibs.company.CompanyService;
import eu.tibs.security.BrokerGroups;
import eu.tibs.web.ConflictException;
import eu.tibs.web.FieldProblems;
import eu.tibs.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens brokerage cases and moves them through their stages; the process drives, this records. */
@Service
@Transactional
public class BrokerageCaseService {
    static final int MAX_REASON_LENGTH = 500;
    static final String WITHDRAWN_WITHOUT_REASON = "Withdrawn by the company";
    private final CaseRepository cases;
    private final CompanyService companies;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BrokerageCaseService(CaseRepository cases, CompanyService companies, RuntimeService runtime, Clock clock,
                         ApplicationEventPublisher events) {
        this.cases = cases;
        this.companies = companies;
        this.runtime = runtime;
        this.clock = clock;
        this.events = events;
    }

    /** Stores the case and starts its process in one transaction: either both exist or neither. */
    public BrokerageCase open(UUID companyId) {
        var brokerageCase = register(companyId);
        runtime.startProcessInstanceByKey(CaseProcess.KEY, brokerageCase.getId().toString(), Map.of(
                CaseProcess.Vars.CASE_ID, brokerageCase.getId().toString(),
                CaseProcess.Vars.HOME_BROKER_GROUP, BrokerGroups.of(brokerageCase.getHomeRegion())));
        return brokerageCase;
    }

    /** Stores a case for a process that is running already: one a broker started from Tasklist's start form. */
    public BrokerageCase register(UUID companyId) {
        var company = companies.find(companyId);
        if (cases.existsByCompanyIdAndClosedAtIsNull(companyId)) {
            throw new ConflictException("Company " + companyId + " has an open case already.");
        }
        var registered = cases.saveAndFlush(new BrokerageCase(companyId, company.getRegionCode(), clock.instant()));
        events.publishEvent(new CaseOpened(registered.getId()));
        return registered;
    }

    /** Why a case cannot be opened for this company, for a start form to tell the broker; empty when it can. */
    @Transactional(readOnly = true)
    public Optional<String> whyNotOpenable(UUID companyId) {
        try {
            companies.find(companyId);
        } catch (NotFoundException e) {
            return Optional.of("companyId names no registered company");
        }
        return cases.existsByCompanyIdAndClosedAtIsNull(companyId)
                ? Optional.of("company " + companyId + " has an open case already") : Optional.empty();
    }

    @Transactional(readOnly = true)
    public String homeBrokerGroupOf(UUID companyId) {
        return BrokerGroups.of(companies.find(companyId).getRegionCode());
    }

    /**
     * The company leaves the programme: the case closes with its reason and its process stops, open work cancelled
     * by the withdrawal event sub-process.
     */
    public BrokerageCase withdraw(UUID caseId, String reason) {
        var problems = new FieldProblems();
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "is required");
        } else if (reason.length() > MAX_REASON_LENGTH) {
            problems.add("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        problems.throwIfAny();
        var brokerageCase = find(caseId);
        if (brokerageCase.getStage().isClosed()) {
            throw new ConflictException("Case " + caseId + " is closed already (" + brokerageCase.getStage() + ").");
        }
        brokerageCase.close(CaseStage.WITHDRAWN, reason.strip(), clock.instant());
        runtime.createMessageCorrelation(CaseProcess.MESSAGE_COMPANY_WITHDREW)
                .processInstanceBusinessKey(caseId.toString()).correlateAll();
        return brokerageCase;
    }

    /** Run by the withdrawal event sub-process, also when the message was sent from Cockpit rather than our API. */
    public void endWithdrawn(UUID caseId) {
        var brokerageCase = find(caseId);
        if (!brokerageCase.getStage().isClosed()) {
            brokerageCase.close(CaseStage.WITHDRAWN, WITHDRAWN_WITHOUT_REASON, clock.instant());
        }
        events.publishEvent(new CaseWithdrawn(caseId));
    }

    public void moveTo(UUID caseId, CaseStage stage) {
        find(caseId).moveTo(stage, clock.instant());
        events.publishEvent(new CaseStageEntered(caseId, stage));
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

    /** The open case of each of these companies that has one, for a list of companies. */
    @Transactional(readOnly = true)
    public List<BrokerageCase> openCasesOf(Collection<UUID> companyIds) {
        return cases.findByCompanyIdInAndClosedAtIsNull(companyIds);
    }

    @Transactional(readOnly = true)
    public Page<BrokerageCase> search(CaseSearch search, Pageable page) {
        return cases.findAll(search.toSpecification(), page);
    }
}
