package eu.tibs.casefile;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Start listener of the stage call activities in brokerage-case.bpmn; public because the expression language calls it. */
@Component("caseStages")
public class CaseStages {
    private final BrokerageCaseService cases;

    CaseStages(BrokerageCaseService cases) {
        this.cases = cases;
    }

    public void enter(DelegateExecution execution, String stage) {
        cases.moveTo(UUID.fromString(execution.getProcessBusinessKey()), CaseStage.valueOf(stage));
    }
}
