package eu.tibs.proposal;

import eu.tibs.proposal.MatchProposalProcess.SearchDecision;
import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_noCandidateYet: retry as before, or retry with the companies declined before. */
@Component
class NoCandidateCheck extends SubmittedForm.Check {

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        form.requireOneOf(Vars.SEARCH_DECISION, SearchDecision.class);
    }

    @Override
    protected void record(DelegateExecution execution) {
        execution.setVariable(Vars.INCLUDE_DECLINED,
                SearchDecision.INCLUDE_DECLINED.name().equals(execution.getVariable(Vars.SEARCH_DECISION)));
    }
}
