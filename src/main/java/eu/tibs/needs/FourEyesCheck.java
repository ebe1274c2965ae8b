package eu.tibs.needs;

import java.util.UUID;

import eu.tibs.needs.NeedsAnalysisProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_checkAssessment: a second broker, not the assessor, approves or sends it back. */
// Not "fourEyesCheck": that is the routing variable, and a variable wins over a bean of the same name.
@Component("fourEyesApprovalCheck")
class FourEyesCheck extends SubmittedForm.Check {
    static final int MAX_COMMENT = 1000;

    private final NeedsService needs;

    FourEyesCheck(NeedsService needs) {
        this.needs = needs;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        Boolean approved = form.requireBoolean(Vars.CHECK_APPROVED);
        if (Boolean.FALSE.equals(approved)) {
            form.requireText(Vars.CHECK_COMMENT, MAX_COMMENT);
        } else {
            form.optionalText(Vars.CHECK_COMMENT, MAX_COMMENT);
        }
        if (!needs.isSecondPair(UUID.fromString(execution.getProcessBusinessKey()), completedBy(execution))) {
            form.reject("the four-eyes check must be done by another broker than the one who assessed the needs");
        }
    }

    @Override
    protected void record(DelegateExecution execution) {
        needs.recordCheck(UUID.fromString(execution.getProcessBusinessKey()),
                Boolean.TRUE.equals(execution.getVariable(Vars.CHECK_APPROVED)),
                (String) execution.getVariable(Vars.CHECK_COMMENT), completedBy(execution));
    }
}
