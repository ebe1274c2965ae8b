package eu.tibs.casefile;

import java.util.UUID;

/** Published in the transaction that registers a case: the company is told, the home brokers get to work. */
public record CaseOpened(UUID caseId) {
}
