package eu.tibs.casefile;

import java.util.UUID;

/** Published when a withdrawn case's process is stopped: features cancel their open work, notifications tell people. */
public record CaseWithdrawn(UUID caseId) {
}
