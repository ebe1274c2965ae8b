package eu.tibs.proposal;

import java.util.UUID;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.security.BrokerGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task serviceTask_sendNextProposal: the next picked candidate goes to its region's broker group; what the
 * counterpart's form shows is read from the proposal by CounterpartReviewDisplay.
 */
@Component
class SendNextProposalDelegate implements JavaDelegate {
    private final ProposalService proposals;

    SendNextProposalDelegate(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var sent = proposals.sendNext(UUID.fromString(execution.getProcessBusinessKey()));
        execution.setVariable(Vars.PROPOSAL_SENT, sent.isPresent());
        sent.ifPresent(proposal -> {
            execution.setVariable(Vars.PROPOSAL_ID, proposal.getId().toString());
            execution.setVariable(Vars.COUNTERPART_BROKER_GROUP, BrokerGroups.of(proposal.getCandidateRegion()));
        });
    }
}
