package eu.tibs.proposal;

import eu.tibs.support.OnH2;

/** The counterpart's form on the embedded default database. */
@OnH2
class CounterpartFormH2IT extends CounterpartFormScenarios {
}
