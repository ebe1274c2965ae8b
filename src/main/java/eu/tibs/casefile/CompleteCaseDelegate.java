package eu.tibs.casefile;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task serviceTask_completeCase: the last follow-up is in, the case closes as completed. */
@Component
class CompleteCaseDelegate implements JavaDelegate {
    private final BrokerageCaseService cases;

    CompleteCaseDelegate(BrokerageCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close(UUID.fromString(execution.getProcessBusinessKey()), CaseStage.COMPLETED, null);
    }
}
