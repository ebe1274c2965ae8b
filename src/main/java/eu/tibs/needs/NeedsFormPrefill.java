package eu.tibs.needs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.needs.NeedsAnalysisProcess.Vars;
import eu.tibs.profile.CooperationProfile;
import eu.tibs.profile.ProfileService;
import eu.tibs.profile.ValueChainEntry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Create listener of userTask_assessNeeds: the form opens with the company's current profile, so the broker edits
 * rather than retypes it and a submission keeps what was not changed. The values fill the task's own inputs (empty
 * in the model), so what is submitted stays with the task too.
 */
@Component
class NeedsFormPrefill implements TaskListener {
    private final BrokerageCaseService cases;
    private final ProfileService profiles;

    NeedsFormPrefill(BrokerageCaseService cases, ProfileService profiles) {
        this.cases = cases;
        this.profiles = profiles;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID company = cases.find(UUID.fromString(task.getExecution().getProcessBusinessKey())).getCompanyId();
        profiles.current(company).ifPresent(profile -> prefill(task, profile));
    }

    private static void prefill(DelegateTask task, CooperationProfile profile) {
        var inputs = task.getExecution();
        inputs.setVariableLocal(Vars.READINESS, profile.getReadiness());
        inputs.setVariableLocal(Vars.VALUE_CHAIN, Spin.JSON(profile.getValueChain().stream().map(NeedsFormPrefill::row)
                .toList()));
        inputs.setVariableLocal(Vars.S3_DOMAINS, Spin.JSON(List.copyOf(profile.getS3Domains())));
        inputs.setVariableLocal(Vars.COOPERATION_TYPES, Spin.JSON(List.copyOf(profile.getCooperationTypes())));
        inputs.setVariableLocal(Vars.TARGET_COUNTRIES, Spin.JSON(List.copyOf(profile.getTargetCountries())));
    }

    /** One value-chain row as the form's dynamic list holds it: keywords as the comma-separated text typed in. */
    private static Map<String, Object> row(ValueChainEntry entry) {
        var row = new LinkedHashMap<String, Object>();
        row.put("component", entry.component());
        row.put("state", entry.state());
        row.put("needKeywords", String.join(", ", entry.needKeywords()));
        row.put("needText", entry.needText());
        row.put("offerKeywords", String.join(", ", entry.offerKeywords()));
        row.put("offerText", entry.offerText());
        return row;
    }
}
