package eu.tibs.casefile;

import java.util.UUID;

import eu.tibs.casefile.CaseProcess.Vars;
import eu.tibs.security.BrokerGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task serviceTask_openCaseFile: a case started from Tasklist's start form gets its case file and key. */
@Component
class OpenCaseFileDelegate implements JavaDelegate {
    private final BrokerageCaseService cases;

    OpenCaseFileDelegate(BrokerageCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var opened = cases.register(UUID.fromString((String) execution.getVariable(Vars.COMPANY_ID)));
        execution.setProcessBusinessKey(opened.getId().toString());
        execution.setVariable(Vars.CASE_ID, opened.getId().toString());
        execution.setVariable(Vars.HOME_BROKER_GROUP, BrokerGroups.of(opened.getHomeRegion()));
    }
}
