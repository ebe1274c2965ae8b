package eu.tibs.intake;

import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task serviceTask_acceptApplication in intake.bpmn: the case goes on to needs analysis. */
@Component
class AcceptApplicationDelegate implements JavaDelegate {
    private final BrokerageCaseService cases;

    AcceptApplicationDelegate(BrokerageCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.moveTo(UUID.fromString(execution.getProcessBusinessKey()), CaseStage.NEEDS_ANALYSIS);
    }
}
