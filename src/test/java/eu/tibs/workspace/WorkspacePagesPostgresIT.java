package eu.tibs.workspace;

import eu.tibs.support.OnPostgres;

/** The workspace's pages on a real PostgreSQL. */
@OnPostgres
class WorkspacePagesPostgresIT extends WorkspacePagesScenarios {
}
