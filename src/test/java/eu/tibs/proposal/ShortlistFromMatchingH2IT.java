package eu.tibs.proposal;

import eu.tibs.support.OnH2;

/** The proposal stage's shortlist from the matching engine on the embedded default database, among demo companies. */
@OnH2
class ShortlistFromMatchingH2IT extends ShortlistFromMatchingScenarios {
}
