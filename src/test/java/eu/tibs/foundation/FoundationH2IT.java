package eu.tibs.foundation;

import eu.tibs.support.OnH2;

/** The foundation scenarios on the embedded default database. */
@OnH2
class FoundationH2IT extends FoundationScenarios {
}
