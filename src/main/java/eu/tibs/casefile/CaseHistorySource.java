package eu.tibs.casefile;

import java.util.List;
import java.util.UUID;

/**
 * A stage's part of a case's history (information requests, check-ins, feedback), implemented once per feature
 * package as a Spring bean. The case page and the company's service history show every part in time order.
 */
public interface CaseHistorySource {

    List<CaseEvent> eventsOf(UUID caseId);
}
