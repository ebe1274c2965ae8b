package eu.tibs.matching;

/** Who may be proposed at all: companies in other countries, never the company itself, no declined pair unless asked. */
final class CandidateFilter {
    private final AnalyzedProfile me;
    private final DeclineMemory declines;

    CandidateFilter(AnalyzedProfile me, DeclineMemory declines) {
        this.me = me;
        this.declines = declines;
    }

    boolean admits(AnalyzedProfile them) {
        return !them.profile.country().equals(me.profile.country())
                && !them.id().equals(me.id())
                && !declines.declinedPartners().contains(them.id());
    }
}
