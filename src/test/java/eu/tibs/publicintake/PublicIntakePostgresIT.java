package eu.tibs.publicintake;

import eu.tibs.support.OnPostgres;

/** The public intake on a real PostgreSQL. */
@OnPostgres
class PublicIntakePostgresIT extends PublicIntakeScenarios {
}
