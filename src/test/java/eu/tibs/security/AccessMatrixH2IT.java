package eu.tibs.security;

import eu.tibs.support.OnH2;

/** The access matrix on the embedded default database. */
@OnH2
class AccessMatrixH2IT extends AccessMatrixScenarios {
}
