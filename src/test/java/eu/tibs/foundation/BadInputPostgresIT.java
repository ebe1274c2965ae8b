package eu.tibs.foundation;

import eu.tibs.support.OnPostgres;

/** Bad input on a real PostgreSQL. */
@OnPostgres
class BadInputPostgresIT extends BadInputScenarios {
}
