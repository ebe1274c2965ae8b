package eu.tibs.casefile;

import java.util.UUID;

/** Published when a case moves on to an open stage, in the transaction of that step. */
public record CaseStageEntered(UUID caseId, CaseStage stage) {
}
