package eu.tibs.privacy;

import eu.tibs.support.OnPostgres;

/** Export and erasure on a real PostgreSQL with the postgres profile. */
@OnPostgres
class ErasurePostgresIT extends ErasureScenarios {
}
