package eu.tibs.proposal;

import eu.tibs.support.OnPostgres;

/** The proposal stage's shortlist from the matching engine, and the declines it stores, on a real PostgreSQL. */
@OnPostgres
class ShortlistFromMatchingPostgresIT extends ShortlistFromMatchingScenarios {
}
