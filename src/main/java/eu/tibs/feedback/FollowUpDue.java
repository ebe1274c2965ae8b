package eu.tibs.feedback;

import java.util.UUID;

/** Published when a follow-up opens, months after the pilot: the companies are asked what came of the partnership. */
public record FollowUpDue(UUID caseId, int monthsAfter) {
}
