package eu.tibs.foundation;

import eu.tibs.support.OnH2;

/** Bad input on the embedded default database. */
@OnH2
class BadInputH2IT extends BadInputScenarios {
}
