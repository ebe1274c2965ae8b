package eu.tibs.security;

import eu.tibs.support.OnPostgres;

/** Cross-border visibility on a real PostgreSQL. */
@OnPostgres
class CrossBorderVisibilityPostgresIT extends CrossBorderVisibilityScenarios {
}
