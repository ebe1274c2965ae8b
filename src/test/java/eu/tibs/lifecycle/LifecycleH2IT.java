package eu.tibs.lifecycle;

import eu.tibs.support.OnH2;

/** The lifecycle scenarios on the embedded default database. */
@OnH2
class LifecycleH2IT extends LifecycleScenarios {
}
