package eu.tibs.process;

import eu.tibs.support.OnH2;

/** Model deployments on the embedded default database. */
@OnH2
class ModelDeploymentH2IT extends ModelDeploymentScenarios {
}
