package eu.tibs.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.matching.DeclineReason;
import eu.tibs.matching.MatchingWeights;
import eu.tibs.security.RegionGuard;
import eu.tibs.web.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's proposals, and a broker's request to match again now instead of at the next retry. */
@RestController
@Tag(name = "Match proposals")
class ProposalController {
    private final ProposalService proposals;
    private final BrokerageCaseService cases;
    private final RuntimeService runtime;
    private final RegionGuard guard;

    ProposalController(ProposalService proposals, BrokerageCaseService cases, RuntimeService runtime,
                       RegionGuard guard) {
        this.proposals = proposals;
        this.cases = cases;
        this.runtime = runtime;
        this.guard = guard;
    }

    /** A proposal without names: companies are ids until both agreed. With the weights its shortlist used. */
    record ProposalView(UUID id, UUID candidateCompanyId, String candidateRegion, int rank, int score,
                        String explanation, MatchingWeights weights, ProposalStatus status, Instant sentAt,
                        String declinedBy, DeclineReason declineReason) {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.getId(), p.getCandidateCompanyId(), p.getCandidateRegion(), p.getShortlistRank(),
                    p.getScore(), p.getExplanation(), p.getWeights(), p.getStatus(), p.getSentAt(), p.getDeclinedBy(),
                    p.getDeclineReason());
        }
    }

    @GetMapping("/api/cases/{id}/proposals")
    List<ProposalView> ofCase(@PathVariable UUID id) {
        guard.requireReadableCase(id, cases.find(id).getHomeRegion());
        return proposals.ofCase(id).stream().map(ProposalView::of).toList();
    }

    @PostMapping("/api/cases/{id}/rematching")
    @Operation(summary = "Retry matching now for a case that waits for candidates, with declined pairs if asked")
    ResponseEntity<Void> rematch(@PathVariable UUID id,
                                 @RequestParam(defaultValue = "false") boolean includeDeclined) {
        var found = cases.find(id);
        guard.requireReadableCase(id, found.getHomeRegion());
        guard.requireBrokerOf(found.getHomeRegion());
        try {
            runtime.createMessageCorrelation(MatchProposalProcess.MESSAGE_REMATCH)
                    .processInstanceBusinessKey(id.toString())
                    .setVariable(MatchProposalProcess.Vars.INCLUDE_DECLINED, includeDeclined).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Case " + id + " is not waiting for candidates.");
        }
        return ResponseEntity.accepted().build();
    }
}
