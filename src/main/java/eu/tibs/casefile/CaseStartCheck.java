package eu.tibs.casefile;

import java.util.UUID;

import eu.tibs.casefile.CaseProcess.Vars;
import eu.tibs.process.SubmittedForm;
import eu.tibs.security.BrokerGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of startEvent_caseStarted: a case started from Tasklist's start form names a registered company
 * without an open case, of the starting broker's own region. Cases opened through our API pass with their case id.
 */
@Component
class CaseStartCheck extends SubmittedForm.Check {
    private final BrokerageCaseService cases;

    CaseStartCheck(BrokerageCaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        if (execution.hasVariable(Vars.CASE_ID)) {
            return;
        }
        String companyId = form.requireText(Vars.COMPANY_ID, 36);
        if (companyId == null) {
            return;
        }
        try {
            var problem = cases.whyNotOpenable(UUID.fromString(companyId.strip()));
            var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            if (problem.isEmpty() && authentication != null && !authentication.getGroupIds().contains(BrokerGroups.ADMINS)
                    && !authentication.getGroupIds().contains(cases.homeBrokerGroupOf(UUID.fromString(companyId.strip())))) {
                form.reject("companyId belongs to another region: only its home region's brokers open its case");
            }
            problem.ifPresent(form::reject);
        } catch (IllegalArgumentException e) {
            form.reject("companyId must be a company id but was " + companyId);
        }
    }
}
