package eu.tibs.intake;

import java.util.UUID;

import eu.tibs.intake.IntakeProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_recordCompanyAnswer: the applicant's answer is required and stored with the question. */
@Component
class CompanyAnswerCheck extends SubmittedForm.Check {
    static final int MAX_ANSWER_LENGTH = 2000;

    private final IntakeService intake;

    CompanyAnswerCheck(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        form.requireText(Vars.INFORMATION_ANSWER, MAX_ANSWER_LENGTH);
    }

    @Override
    protected void record(DelegateExecution execution) {
        intake.recordAnswer(UUID.fromString(execution.getProcessBusinessKey()),
                (String) execution.getVariable(Vars.INFORMATION_ANSWER), completedBy(execution));
    }
}
