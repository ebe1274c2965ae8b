package eu.tibs.security;

import eu.tibs.support.OnPostgres;

/** The wrong users' attempts on a real PostgreSQL. */
@OnPostgres
class AbusePostgresIT extends AbuseScenarios {
}
