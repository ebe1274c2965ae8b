package eu.tibs.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.CandidateFeatures;
import eu.tibs.matching.DeclineReason;
import eu.tibs.matching.Explanation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal moves only along its lifecycle: nobody answers, matches or sends it from the wrong state. */
class ProposalTransitionsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static Proposal shortlisted() {
        var explanation = new Explanation(List.of());
        var candidate = new Candidate(UUID.randomUUID(), "DE", "DE-HAMBURG", 0.5, explanation,
                new CandidateFeatures("DE", "SMALL", Set.of("10"), Set.of("cheese")));
        return new Proposal(UUID.randomUUID(), UUID.randomUUID(), candidate, 1, null, NOW);
    }

    private static Proposal sent() {
        var proposal = shortlisted();
        proposal.pick(true, "anna");
        proposal.send(NOW);
        return proposal;
    }

    @Test
    void aProposalGoesFromShortlistToMatchWhenBothCompaniesAgree() {
        var proposal = sent();
        proposal.counterpartAgreed(NOW);
        proposal.match();

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.MATCHED);
    }

    @Test
    void aCandidateNeverAskedCannotBeMatched() {
        var neverAsked = shortlisted();

        assertThatThrownBy(neverAsked::match).isInstanceOf(ProposalTransitionRefused.class)
                .hasMessageContaining("SHORTLISTED").hasMessageContaining("MATCHED");
        assertThat(neverAsked.getStatus()).isEqualTo(ProposalStatus.SHORTLISTED);
    }

    @Test
    void onlyASentProposalIsAnsweredByTheCounterpart() {
        var queued = shortlisted();
        queued.pick(true, "anna");

        assertThatThrownBy(() -> queued.counterpartAgreed(NOW)).isInstanceOf(ProposalTransitionRefused.class);
        assertThatThrownBy(() -> queued.decline("COUNTERPART", DeclineReason.NO_CAPACITY, null, NOW))
                .isInstanceOf(ProposalTransitionRefused.class);
    }

    @Test
    void aClosedProposalStaysClosed() {
        var declined = sent();
        declined.decline("COUNTERPART", DeclineReason.NO_CAPACITY, null, NOW);

        assertThatThrownBy(() -> declined.counterpartAgreed(NOW)).isInstanceOf(ProposalTransitionRefused.class);
        assertThatThrownBy(declined::cancel).isInstanceOf(ProposalTransitionRefused.class);
        assertThatThrownBy(() -> declined.send(NOW)).isInstanceOf(ProposalTransitionRefused.class);
    }
}
