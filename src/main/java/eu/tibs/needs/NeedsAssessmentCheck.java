package eu.tibs.needs;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.needs.NeedsAnalysisProcess.Vars;
import eu.tibs.process.SubmittedForm;
import eu.tibs.profile.ProfileFacts;
import eu.tibs.profile.ValueChainEntry;
import eu.tibs.reference.CodeListEntry;
import eu.tibs.reference.ReferenceData;
import eu.tibs.reference.Region;
import eu.tibs.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** End listener of userTask_assessNeeds: checks the assessment against the code lists and records the profile. */
@Component
class NeedsAssessmentCheck extends SubmittedForm.Check {
    static final int MAX_KEYWORDS = 1000;
    static final int MAX_TEXT = 2000;

    private final ReferenceData referenceData;
    private final NeedsService needs;

    NeedsAssessmentCheck(ReferenceData referenceData, NeedsService needs) {
        this.referenceData = referenceData;
        this.needs = needs;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        facts(form);
        form.requireBoolean(Vars.FOUR_EYES_CHECK);
    }

    @Override
    protected void record(DelegateExecution execution) {
        try {
            needs.recordAssessment(UUID.fromString(execution.getProcessBusinessKey()), facts(new SubmittedForm(execution)),
                    Boolean.TRUE.equals(execution.getVariable(Vars.FOUR_EYES_CHECK)), completedBy(execution));
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.problems(), "Invalid form: " + e.getMessage());
        }
    }

    private ProfileFacts facts(SubmittedForm form) {
        Integer readiness = form.requireInt(Vars.READINESS, 1, 5);
        Set<String> components = codes(referenceData.valueChain());
        List<ValueChainEntry> valueChain = form.rows(Vars.VALUE_CHAIN).stream()
                .map(row -> entry(form, row, components)).toList();
        if (valueChain.isEmpty()) {
            form.reject(Vars.VALUE_CHAIN + " needs at least one component");
        }
        Set<String> countries = referenceData.regions().stream().map(Region::getCountry).collect(Collectors.toSet());
        return new ProfileFacts(readiness, valueChain,
                new LinkedHashSet<>(form.requireCodes(Vars.S3_DOMAINS, codes(referenceData.s3Domains()), 1)),
                new LinkedHashSet<>(form.requireCodes(Vars.COOPERATION_TYPES, codes(referenceData.cooperationTypes()), 1)),
                new LinkedHashSet<>(form.requireCodes(Vars.TARGET_COUNTRIES, countries, 0)));
    }

    private static ValueChainEntry entry(SubmittedForm form, Map<String, Object> row, Set<String> components) {
        Object component = row.get("component");
        if (!components.contains(component)) {
            form.reject(Vars.VALUE_CHAIN + " names unknown component " + component);
        }
        var fields = SubmittedForm.ofRow(row);
        Integer state = fields.requireInt("state", 1, 5);
        String needText = fields.optionalText("needText", MAX_TEXT);
        String offerText = fields.optionalText("offerText", MAX_TEXT);
        List<String> needs = keywords(fields.optionalText("needKeywords", MAX_KEYWORDS));
        List<String> offers = keywords(fields.optionalText("offerKeywords", MAX_KEYWORDS));
        try {
            fields.throwIfInvalid();
        } catch (FormFieldValidationException e) {
            form.reject(Vars.VALUE_CHAIN + " row " + component + ": " + e.getMessage());
        }
        return new ValueChainEntry((String) component, state, needs, needText, offers, offerText);
    }

    private static List<String> keywords(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;]")).map(String::strip)
                .filter(keyword -> !keyword.isEmpty()).toList();
    }

    private static Set<String> codes(List<? extends CodeListEntry> entries) {
        return entries.stream().map(CodeListEntry::getCode).collect(Collectors.toSet());
    }
}
