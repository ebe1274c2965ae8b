package eu.tibs.feedback;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.feedback.FeedbackProcess.Outcome;
import eu.tibs.feedback.FeedbackProcess.Respondent;
import eu.tibs.feedback.FeedbackProcess.Vars;
import eu.tibs.process.SubmittedForm;
import eu.tibs.reference.CodeListEntry;
import eu.tibs.reference.ReferenceData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of the feedback and follow-up tasks: ratings 1-5 (not asked at follow-ups), an outcome, the agreement
 * type when an agreement was reached. Who answers and when come from the task's local inputs in the model.
 */
@Component
class FeedbackCheck extends SubmittedForm.Check {
    static final int MAX_COMMENT = 1000;

    private final ReferenceData referenceData;
    private final FeedbackRepository feedback;
    private final Clock clock;

    FeedbackCheck(ReferenceData referenceData, FeedbackRepository feedback, Clock clock) {
        this.referenceData = referenceData;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        answer(form, execution);
    }

    @Override
    protected void record(DelegateExecution execution) {
        feedback.save(new Feedback(UUID.fromString(execution.getProcessBusinessKey()),
                Respondent.valueOf((String) execution.getVariableLocal(Vars.RESPONDENT)), monthsAfter(execution),
                answer(new SubmittedForm(execution), execution), completedBy(execution), clock.instant()));
    }

    private Feedback.Answer answer(SubmittedForm form, DelegateExecution execution) {
        boolean followUp = monthsAfter(execution) > 0;
        Integer service = followUp ? null : form.requireInt(Vars.SERVICE_RATING, 1, 5);
        Integer partnership = followUp ? null : form.requireInt(Vars.PARTNERSHIP_RATING, 1, 5);
        Outcome outcome = form.requireOneOf(Vars.OUTCOME, Outcome.class);
        String agreementType = null;
        if (outcome == Outcome.AGREEMENT_REACHED) {
            agreementType = form.requireCodes(Vars.AGREEMENT_TYPE, referenceData.cooperationTypes().stream()
                    .map(CodeListEntry::getCode).collect(Collectors.toSet()), 1).stream().findFirst().orElse(null);
        }
        return new Feedback.Answer(service, partnership, outcome, agreementType,
                form.optionalText(Vars.COMMENT, MAX_COMMENT));
    }

    private static int monthsAfter(DelegateExecution execution) {
        Object months = execution.getVariableLocal(Vars.MONTHS_AFTER);
        return months == null ? 0 : Integer.parseInt(months.toString());
    }
}
