package eu.tibs.security;

import eu.tibs.support.OnPostgres;

/** The access matrix on a real PostgreSQL. */
@OnPostgres
class AccessMatrixPostgresIT extends AccessMatrixScenarios {
}
