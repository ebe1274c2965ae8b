package eu.tibs.needs;

import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.needs.NeedsAnalysisProcess.Vars;
import eu.tibs.profile.ProfileMarkdown;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of userTask_checkAssessment: the profile the second broker checks, held by the task alone. */
@Component
class FourEyesDisplay implements TaskListener {
    private final BrokerageCaseService cases;
    private final ProfileMarkdown profiles;

    FourEyesDisplay(BrokerageCaseService cases, ProfileMarkdown profiles) {
        this.cases = cases;
        this.profiles = profiles;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID company = cases.find(UUID.fromString(task.getExecution().getProcessBusinessKey())).getCompanyId();
        task.setVariableLocal(Vars.COMPANY_ID, company.toString());
        task.setVariableLocal(Vars.PROFILE_UNDER_REVIEW, profiles.profile(company));
    }
}
