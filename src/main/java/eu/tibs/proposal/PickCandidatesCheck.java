package eu.tibs.proposal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_pickCandidates: at least one candidate, each from this case's shortlist. */
@Component
class PickCandidatesCheck extends SubmittedForm.Check {
    private final ProposalService proposals;

    PickCandidatesCheck(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        form.requireCodes(Vars.PICKED_CANDIDATES, shortlist(execution), 1);
    }

    @Override
    protected void record(DelegateExecution execution) {
        List<UUID> picked = new SubmittedForm(execution).requireCodes(Vars.PICKED_CANDIDATES, shortlist(execution), 1)
                .stream().map(UUID::fromString).toList();
        proposals.pick(UUID.fromString(execution.getProcessBusinessKey()), picked, completedBy(execution));
    }

    private Set<String> shortlist(DelegateExecution execution) {
        return proposals.shortlisted(UUID.fromString(execution.getProcessBusinessKey())).stream()
                .map(p -> p.getCandidateCompanyId().toString()).collect(Collectors.toSet());
    }
}
