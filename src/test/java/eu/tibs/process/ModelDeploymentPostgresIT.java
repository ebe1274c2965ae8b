package eu.tibs.process;

import eu.tibs.support.OnPostgres;

/** Model deployments on a real PostgreSQL. */
@OnPostgres
class ModelDeploymentPostgresIT extends ModelDeploymentScenarios {
}
