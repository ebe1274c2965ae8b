package eu.tibs.proposal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Stands in for sendNextProposalDelegate: the picked candidates' regions get a proposal in turn, then none is left. */
final class Picks implements JavaDelegate {
    private final Deque<String> brokerGroups;

    private Picks(List<String> brokerGroups) {
        this.brokerGroups = new ArrayDeque<>(brokerGroups);
    }

    /** The home broker picked candidates in these regions, best first. */
    static Picks inRegionsOf(String... brokerGroups) {
        return new Picks(List.of(brokerGroups));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String next = brokerGroups.poll();
        execution.setVariable(Vars.PROPOSAL_SENT, next != null);
        if (next != null) {
            execution.setVariable(Vars.PROPOSAL_ID, UUID.randomUUID().toString());
            execution.setVariable(Vars.COUNTERPART_BROKER_GROUP, next);
        }
    }
}
