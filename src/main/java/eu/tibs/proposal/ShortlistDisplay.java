package eu.tibs.proposal;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of userTask_pickCandidates: the shortlist just found becomes the task's own read-only display data,
 * so the counterpart's task, later in the same instance, holds none of the other candidates.
 */
@Component
class ShortlistDisplay implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        // The value, not the typed value: that would carry the transient flag over and the task would keep nothing.
        task.setVariableLocal(Vars.SHORTLIST_OPTIONS, task.getExecution().getVariable(Vars.SHORTLIST_OPTIONS));
    }
}
