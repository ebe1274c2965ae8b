package eu.tibs.proposal;

import java.util.UUID;

/** A proposal was asked to move from a state its lifecycle does not lead on from, such as matching one never sent. */
public class ProposalTransitionRefused extends IllegalStateException {
    ProposalTransitionRefused(UUID proposalId, ProposalStatus from, ProposalStatus to) {
        super("Proposal " + proposalId + " is " + from + " and cannot become " + to);
    }
}
