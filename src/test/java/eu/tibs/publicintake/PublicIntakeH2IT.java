package eu.tibs.publicintake;

import eu.tibs.support.OnH2;

/** The public intake on the embedded default database. */
@OnH2
class PublicIntakeH2IT extends PublicIntakeScenarios {
}
