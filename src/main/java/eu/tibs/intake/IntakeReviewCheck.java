package eu.tibs.intake;

import eu.tibs.intake.IntakeProcess.Decision;
import eu.tibs.intake.IntakeProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of userTask_reviewIntake: the form's checks run in the browser only, so the same rules are
 * enforced here for anyone completing the task through the REST API. A refused completion leaves the task open.
 */
@Component
class IntakeReviewCheck implements TaskListener {
    static final int MAX_REASON_LENGTH = 1000;

    @Override
    public void notify(DelegateTask task) {
        var form = new SubmittedForm(task);
        Decision decision = form.requireOneOf(Vars.DECISION, Decision.class);
        if (decision == Decision.REJECT) {
            form.requireText(Vars.REJECTION_REASON, MAX_REASON_LENGTH);
        }
        form.throwIfInvalid();
    }
}
