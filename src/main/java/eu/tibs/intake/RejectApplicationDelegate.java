package eu.tibs.intake;

import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseStage;
import eu.tibs.intake.IntakeProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task serviceTask_rejectApplication in intake.bpmn: the case closes with the reason the company is told. */
@Component
class RejectApplicationDelegate implements JavaDelegate {
    private final BrokerageCaseService cases;

    RejectApplicationDelegate(BrokerageCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close(UUID.fromString(execution.getProcessBusinessKey()), CaseStage.REJECTED,
                (String) execution.getVariable(Vars.REJECTION_REASON));
    }
}
