package eu.tibs.proposal;

import java.util.UUID;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** Service task serviceTask_findCandidates in match-proposal.bpmn: a new shortlist, widened if the broker asked. */
@Component
class FindCandidatesDelegate implements JavaDelegate {
    private final ProposalService proposals;

    FindCandidatesDelegate(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var options = proposals.shortlist(UUID.fromString(execution.getProcessBusinessKey()),
                Boolean.TRUE.equals(execution.getVariable(Vars.WIDEN_SEARCH)));
        execution.setVariable(Vars.CANDIDATES_FOUND, !options.isEmpty());
        execution.setVariable(Vars.SHORTLIST_OPTIONS, Spin.JSON(options));
    }
}
