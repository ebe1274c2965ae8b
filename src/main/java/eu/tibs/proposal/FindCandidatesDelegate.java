package eu.tibs.proposal;

import java.util.UUID;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Service task serviceTask_findCandidates in match-proposal.bpmn: a new shortlist from the matching engine, with
 * declined pairs only if the broker asked for them this once.
 */
@Component
class FindCandidatesDelegate implements JavaDelegate {
    private final ProposalService proposals;

    FindCandidatesDelegate(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var options = proposals.shortlist(UUID.fromString(execution.getProcessBusinessKey()),
                Boolean.TRUE.equals(execution.getVariable(Vars.INCLUDE_DECLINED)));
        execution.removeVariable(Vars.INCLUDE_DECLINED);
        execution.setVariable(Vars.CANDIDATES_FOUND, !options.isEmpty());
        // Transient: ShortlistDisplay hands it to the shortlist task alone, so no later form or reader sees it.
        execution.setVariable(Vars.SHORTLIST_OPTIONS, SpinValues.jsonValue(Spin.JSON(options), true).create());
    }
}
