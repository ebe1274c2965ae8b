package eu.tibs.intake;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseStage;
import eu.tibs.company.CompanyService;
import eu.tibs.process.DecisionTables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The intake stage: eligibility by the project lead's rule, questions to the applicant and their answers. */
@Service
@Transactional
public class IntakeService {
    private final BrokerageCaseService cases;
    private final CompanyService companies;
    private final DecisionTables rules;
    private final InformationRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(BrokerageCaseService cases, CompanyService companies, DecisionTables rules,
                  InformationRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.companies = companies;
        this.rules = rules;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** Applies intake-eligibility.dmn; an ineligible application closes as rejected with the rule's reason. */
    public boolean assessEligibility(UUID caseId) {
        var company = companies.find(cases.find(caseId).getCompanyId());
        var verdict = rules.evaluate(IntakeProcess.ELIGIBILITY_DECISION, Map.of(
                "organisationType", company.getOrganisationType().name(),
                "sizeClass", company.getSizeClass().name()));
        boolean eligible = Boolean.TRUE.equals(verdict.get("eligible"));
        if (!eligible) {
            cases.close(caseId, CaseStage.REJECTED, "Not eligible: " + verdict.get("reason"));
        }
        return eligible;
    }

    /** Records the question; {@link InformationRequested} is where a notification to the company hooks in. */
    public void requestInformation(UUID caseId, String question, String askedBy) {
        requests.save(new InformationRequest(caseId, question, askedBy, clock.instant()));
        events.publishEvent(new InformationRequested(caseId, question));
    }

    public void recordAnswer(UUID caseId, String answer, String recordedBy) {
        requests.findFirstByCaseIdAndAnsweredAtIsNullOrderByAskedAtDesc(caseId)
                .orElseGet(() -> requests.save(new InformationRequest(caseId, null, recordedBy, clock.instant())))
                .answer(answer, recordedBy, clock.instant());
    }

    /** Published when a broker asks an applicant for more information; the question is what the applicant reads. */
    public record InformationRequested(UUID caseId, String question) {
    }
}
