package eu.tibs.proposal;

import java.util.UUID;

/** What happens to proposals that other features (notifications, dashboard) react to. */
public final class ProposalEvents {
    private ProposalEvents() {
    }

    /** A proposal went to the counterpart broker group of the candidate's region. */
    public record Sent(UUID proposalId) {
    }

    /** The counterpart has not answered yet and is reminded. */
    public record ReminderDue(UUID proposalId) {
    }

    /** The counterpart missed the deadline; a coordinator handles it. */
    public record Escalated(UUID proposalId) {
    }

    /** Both companies agreed: their names and contacts may be shared now. */
    public record ContactsShared(UUID proposalId) {
    }
}
