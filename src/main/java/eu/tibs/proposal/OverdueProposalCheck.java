package eu.tibs.proposal;

import java.util.UUID;

import eu.tibs.proposal.MatchProposalProcess.OverdueDecision;
import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_handleOverdueProposal: the coordinator gives the counterpart more time or gives up. */
@Component
class OverdueProposalCheck extends SubmittedForm.Check {
    private final ProposalService proposals;

    OverdueProposalCheck(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        form.requireOneOf(Vars.OVERDUE_DECISION, OverdueDecision.class);
    }

    @Override
    protected void record(DelegateExecution execution) {
        if (OverdueDecision.GIVE_UP.name().equals(execution.getVariable(Vars.OVERDUE_DECISION))) {
            proposals.givenUp(UUID.fromString((String) execution.getVariable(Vars.PROPOSAL_ID)));
        }
    }
}
