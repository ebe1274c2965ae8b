package eu.tibs.privacy;

import eu.tibs.support.OnH2;

/** Export and erasure on the embedded default database. */
@OnH2
class ErasureH2IT extends ErasureScenarios {
}
