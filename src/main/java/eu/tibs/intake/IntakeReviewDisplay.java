package eu.tibs.intake;

import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.CompanyMarkdown;
import eu.tibs.intake.IntakeProcess.Vars;
import eu.tibs.profile.ProfileMarkdown;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of userTask_reviewIntake: the application the broker decides on, read from our tables when the
 * task opens and held by the task alone: the company's master data, contacts and cooperation profile, escaped.
 */
@Component
class IntakeReviewDisplay implements TaskListener {
    private final BrokerageCaseService cases;
    private final CompanyMarkdown companies;
    private final ProfileMarkdown profiles;

    IntakeReviewDisplay(BrokerageCaseService cases, CompanyMarkdown companies, ProfileMarkdown profiles) {
        this.cases = cases;
        this.companies = companies;
        this.profiles = profiles;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID company = cases.find(UUID.fromString(task.getExecution().getProcessBusinessKey())).getCompanyId();
        task.setVariableLocal(Vars.COMPANY_ID, company.toString());
        task.setVariableLocal(Vars.APPLICATION, companies.masterData(company) + "\n#### Cooperation profile\n"
                + profiles.profile(company));
    }
}
