package eu.tibs.intake;

import java.util.UUID;

import eu.tibs.intake.IntakeProcess.Decision;
import eu.tibs.intake.IntakeProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of userTask_reviewIntake: the form's checks run in the browser only, so the same rules are enforced
 * here for anyone completing the task through the REST API. A refused completion leaves the task open.
 */
@Component
class IntakeReviewCheck extends SubmittedForm.Check {
    static final int MAX_REASON_LENGTH = 1000;

    private final IntakeService intake;

    IntakeReviewCheck(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        Decision decision = form.requireOneOf(Vars.DECISION, Decision.class);
        if (decision == Decision.REJECT) {
            form.requireText(Vars.REJECTION_REASON, MAX_REASON_LENGTH);
        }
        if (decision == Decision.REQUEST_INFORMATION) {
            form.requireText(Vars.INFORMATION_REQUEST, MAX_REASON_LENGTH);
        }
    }

    @Override
    protected void record(DelegateExecution execution) {
        if (Decision.REQUEST_INFORMATION.name().equals(execution.getVariable(Vars.DECISION))) {
            intake.requestInformation(UUID.fromString(execution.getProcessBusinessKey()),
                    (String) execution.getVariable(Vars.INFORMATION_REQUEST), completedBy(execution));
        }
    }
}
