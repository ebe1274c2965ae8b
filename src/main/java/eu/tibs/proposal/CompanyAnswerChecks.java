package eu.tibs.proposal;

import java.util.UUID;

import eu.tibs.matching.DeclineReason;
import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * End listeners of the two opt-in tasks: the counterpart's company answers first (userTask_counterpartReview), then
 * the home company (userTask_confirmHomeCompany). A no carries a structured reason that later matching learns from.
 */
@Configuration
class CompanyAnswerChecks {
    static final int MAX_NOTE = 1000;

    @Bean
    SubmittedForm.Check counterpartAnswerCheck(ProposalService proposals) {
        return new Answer(Vars.COUNTERPART_AGREED, ProposalStatus.SENT, proposals) {
            @Override
            protected void record(DelegateExecution execution) {
                if (agreed(execution)) {
                    proposals.counterpartAgreed(proposalId(execution));
                } else {
                    proposals.declinedByCounterpart(proposalId(execution), reason(execution), note(execution));
                }
            }
        };
    }

    @Bean
    SubmittedForm.Check homeConfirmationCheck(ProposalService proposals) {
        return new Answer(Vars.HOME_AGREED, ProposalStatus.COUNTERPART_AGREED, proposals) {
            @Override
            protected void record(DelegateExecution execution) {
                if (!agreed(execution)) {
                    proposals.declinedByHome(proposalId(execution), reason(execution), note(execution));
                }
            }
        };
    }

    /** A yes, or a no with a reason code and an optional note, to a proposal in the state that asks for it. */
    abstract static class Answer extends SubmittedForm.Check {
        private final String flag;
        private final ProposalStatus answeredWhile;
        private final ProposalService proposals;

        Answer(String flag, ProposalStatus answeredWhile, ProposalService proposals) {
            this.flag = flag;
            this.answeredWhile = answeredWhile;
            this.proposals = proposals;
        }

        @Override
        protected void check(SubmittedForm form, DelegateExecution execution) {
            var status = proposals.find(proposalId(execution)).getStatus();
            if (status != answeredWhile) {
                form.reject("the proposal is " + status + ": only a " + answeredWhile + " proposal takes this answer");
            }
            if (Boolean.FALSE.equals(form.requireBoolean(flag))) {
                form.requireOneOf(Vars.DECLINE_REASON, DeclineReason.class);
                form.optionalText(Vars.DECLINE_NOTE, MAX_NOTE);
            }
        }

        boolean agreed(DelegateExecution execution) {
            return Boolean.TRUE.equals(execution.getVariable(flag));
        }

        static UUID proposalId(DelegateExecution execution) {
            return UUID.fromString((String) execution.getVariable(Vars.PROPOSAL_ID));
        }

        static DeclineReason reason(DelegateExecution execution) {
            return DeclineReason.valueOf((String) execution.getVariable(Vars.DECLINE_REASON));
        }

        static String note(DelegateExecution execution) {
            Object note = execution.getVariable(Vars.DECLINE_NOTE);
            return note instanceof String text && !text.isBlank() ? text : null;
        }
    }
}
