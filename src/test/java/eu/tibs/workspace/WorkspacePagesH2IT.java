package eu.tibs.workspace;

import eu.tibs.support.OnH2;

/** The workspace's pages on the embedded default database. */
@OnH2
class WorkspacePagesH2IT extends WorkspacePagesScenarios {
}
