package eu.tibs.proposal;

import java.util.UUID;

import eu.tibs.process.MarkdownText;
import eu.tibs.profile.ProfileMarkdown;
import eu.tibs.proposal.MatchProposalProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of userTask_counterpartReview: what the counterpart broker decides on, read from the proposal and
 * held by the task alone: their own company's id, why TIBS proposes the pair, and the proposing company's profile
 * without name or contacts. The texts come from companies and are escaped.
 */
@Component
class CounterpartReviewDisplay implements TaskListener {
    private final ProposalService proposals;
    private final ProfileMarkdown profiles;

    CounterpartReviewDisplay(ProposalService proposals, ProfileMarkdown profiles) {
        this.proposals = proposals;
        this.profiles = profiles;
    }

    @Override
    public void notify(DelegateTask task) {
        var proposal = proposals.find(UUID.fromString((String) task.getVariable(Vars.PROPOSAL_ID)));
        task.setVariableLocal(Vars.PROPOSED_COMPANY_ID, proposal.getCandidateCompanyId().toString());
        task.setVariableLocal(Vars.PROPOSAL_EXPLANATION, MarkdownText.escape(proposal.getExplanation()));
        task.setVariableLocal(Vars.PROPOSING_COMPANY, profiles.anonymised(proposal.getHomeCompanyId()));
    }
}
