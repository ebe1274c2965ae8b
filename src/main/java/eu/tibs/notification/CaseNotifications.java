package eu.tibs.notification;

import java.util.Map;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCase;
import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseOpened;
import eu.tibs.casefile.CaseStage;
import eu.tibs.casefile.CaseStageEntered;
import eu.tibs.company.Company;
import eu.tibs.feedback.FollowUpDue;
import eu.tibs.intake.IntakeService.InformationRequested;
import eu.tibs.pilot.CheckInDue;
import eu.tibs.security.BrokerGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The messages of a case's own steps. Plain event listeners, not after-commit ones: the message is written in the
 * transaction of the step and is committed or rolled back with it.
 */
@Component
class CaseNotifications {
    private final Notifier notifier;
    private final Addressees addressees;
    private final BrokerageCaseService cases;

    CaseNotifications(Notifier notifier, Addressees addressees, BrokerageCaseService cases) {
        this.notifier = notifier;
        this.addressees = addressees;
        this.cases = cases;
    }

    @EventListener
    void confirmIntake(CaseOpened opened) {
        notifier.toContacts(NotificationKind.COMPANY_INTAKE_CONFIRMATION, opened.caseId(),
                companyOf(cases.find(opened.caseId())), null, Map.of());
        tellHomeBrokers(opened.caseId(), CaseStage.INTAKE);
    }

    @EventListener
    void stageEntered(CaseStageEntered entered) {
        switch (entered.stage()) {
            case NEEDS_ANALYSIS, MATCHING -> tellHomeBrokers(entered.caseId(), entered.stage());
            case FEEDBACK -> tellBothCompanies(NotificationKind.COMPANY_FEEDBACK_REQUEST, entered.caseId(), Map.of());
            default -> {
                // The pilot opens with the introduction message; closed stages ask nothing of anyone.
            }
        }
    }

    @EventListener
    void askForInformation(InformationRequested requested) {
        notifier.toContacts(NotificationKind.COMPANY_INFORMATION_REQUEST, requested.caseId(),
                companyOf(cases.find(requested.caseId())), null, Map.of("question", requested.question()));
    }

    @EventListener
    void askForCheckIn(CheckInDue due) {
        tellBothCompanies(NotificationKind.COMPANY_PILOT_CHECK_IN, due.caseId(), Map.of());
    }

    @EventListener
    void askForFollowUp(FollowUpDue due) {
        tellBothCompanies(NotificationKind.COMPANY_FOLLOW_UP, due.caseId(),
                Map.of("months", String.valueOf(due.monthsAfter())));
    }

    private void tellHomeBrokers(UUID caseId, CaseStage stage) {
        var brokerageCase = cases.find(caseId);
        notifier.toGroup(NotificationKind.BROKER_CASE_WAITING, BrokerGroups.of(brokerageCase.getHomeRegion()), caseId,
                brokerageCase.getCompanyId(), Map.of("caseId", caseId.toString(),
                        "companyName", companyOf(brokerageCase).getLegalName(), "stage", stage.name()));
    }

    private void tellBothCompanies(NotificationKind kind, UUID caseId, Map<String, String> values) {
        var home = companyOf(cases.find(caseId));
        addressees.partnerOf(caseId).ifPresent(partner -> {
            notifier.toContacts(kind, caseId, home, partner, values);
            notifier.toContacts(kind, caseId, partner, home, values);
        });
    }

    private Company companyOf(BrokerageCase brokerageCase) {
        return addressees.company(brokerageCase.getCompanyId());
    }
}
