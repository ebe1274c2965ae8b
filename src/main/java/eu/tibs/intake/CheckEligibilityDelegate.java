package eu.tibs.intake;

import java.util.UUID;

import eu.tibs.intake.IntakeProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task serviceTask_checkEligibility in intake.bpmn: the eligibility rule decides the route. */
@Component
class CheckEligibilityDelegate implements JavaDelegate {
    private final IntakeService intake;

    CheckEligibilityDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Vars.ELIGIBLE, intake.assessEligibility(UUID.fromString(execution.getProcessBusinessKey())));
    }
}
