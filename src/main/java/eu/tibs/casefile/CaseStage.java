package eu.tibs.casefile;

/** Where a brokerage case stands in its lifecycle. */
public enum CaseStage {
    INTAKE, NEEDS_ANALYSIS, MATCHING, PILOT, FEEDBACK,
    /** Ended after feedback. */
    COMPLETED,
    /** Not eligible, or refused at intake review. */
    REJECTED,
    /** The company left the programme. */
    WITHDRAWN;

    public boolean isClosed() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN;
    }
}
