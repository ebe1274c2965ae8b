package eu.tibs.audit;

import eu.tibs.support.OnH2;

/** The audit trail on the embedded default database. */
@OnH2
class AuditTrailH2IT extends AuditTrailScenarios {
}
