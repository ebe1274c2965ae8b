package eu.tibs.intake;

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

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        Decision decision = form.requireOneOf(Vars.DECISION, Decision.class);
        if (decision == Decision.REJECT) {
            form.requireText(Vars.REJECTION_REASON, MAX_REASON_LENGTH);
        }
    }
}
