package eu.tibs.casefile;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task serviceTask_closeWithdrawnCase in the withdrawal event sub-process of brokerage-case.bpmn. */
@Component
class CloseWithdrawnCaseDelegate implements JavaDelegate {
    private final BrokerageCaseService cases;

    CloseWithdrawnCaseDelegate(BrokerageCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.endWithdrawn(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
