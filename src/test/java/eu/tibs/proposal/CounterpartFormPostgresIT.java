package eu.tibs.proposal;

import eu.tibs.support.OnPostgres;

/** The counterpart's form on a real PostgreSQL. */
@OnPostgres
class CounterpartFormPostgresIT extends CounterpartFormScenarios {
}
