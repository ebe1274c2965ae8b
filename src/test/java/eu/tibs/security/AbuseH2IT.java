package eu.tibs.security;

import eu.tibs.support.OnH2;

/** The wrong users' attempts on the embedded default database. */
@OnH2
class AbuseH2IT extends AbuseScenarios {
}
