package eu.tibs.foundation;

import eu.tibs.support.OnPostgres;

/** The foundation scenarios on a real PostgreSQL with the postgres profile. */
@OnPostgres
class FoundationPostgresIT extends FoundationScenarios {
}
