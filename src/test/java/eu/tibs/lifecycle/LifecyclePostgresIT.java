package eu.tibs.lifecycle;

import eu.tibs.support.OnPostgres;

/** The lifecycle scenarios on a real PostgreSQL with the postgres profile. */
@OnPostgres
class LifecyclePostgresIT extends LifecycleScenarios {
}
