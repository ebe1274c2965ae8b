package eu.tibs.proposal;

import java.util.Set;

/** Where a candidate stands in a case's matching. */
public enum ProposalStatus {
    /** On the shortlist the home broker reads. */
    SHORTLISTED,
    /** Picked by the home broker, waiting its turn. */
    QUEUED,
    /** With the counterpart broker, who asks their company. */
    SENT,
    /** The counterpart's company agreed; the home company has not answered yet. */
    COUNTERPART_AGREED,
    /** Both companies agreed: names and contacts are shared. */
    MATCHED,
    DECLINED,
    /** Not picked from its shortlist. */
    DISCARDED,
    /** The case was withdrawn. */
    CANCELLED;

    /** The counterpart side takes part: it has seen or is answering the proposal. */
    static final Set<ProposalStatus> WITH_COUNTERPART = Set.of(SENT, COUNTERPART_AGREED, MATCHED, DECLINED);
    static final Set<ProposalStatus> OPEN = Set.of(SHORTLISTED, QUEUED, SENT, COUNTERPART_AGREED);

    /** The lifecycle: from each state, the states a proposal may move on to. Closed states lead nowhere. */
    boolean leadsTo(ProposalStatus next) {
        return switch (this) {
            case SHORTLISTED -> Set.of(QUEUED, DISCARDED, CANCELLED).contains(next);
            case QUEUED -> Set.of(SENT, CANCELLED).contains(next);
            case SENT -> Set.of(COUNTERPART_AGREED, DECLINED, CANCELLED).contains(next);
            case COUNTERPART_AGREED -> Set.of(MATCHED, DECLINED, CANCELLED).contains(next);
            case MATCHED, DECLINED, DISCARDED, CANCELLED -> false;
        };
    }
}
