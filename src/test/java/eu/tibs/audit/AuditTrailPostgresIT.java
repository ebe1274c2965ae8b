package eu.tibs.audit;

import eu.tibs.support.OnPostgres;

/** The audit trail on a real PostgreSQL with the postgres profile. */
@OnPostgres
class AuditTrailPostgresIT extends AuditTrailScenarios {
}
