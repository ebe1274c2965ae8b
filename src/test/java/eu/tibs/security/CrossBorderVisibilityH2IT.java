package eu.tibs.security;

import eu.tibs.support.OnH2;

/** Cross-border visibility on H2. */
@OnH2
class CrossBorderVisibilityH2IT extends CrossBorderVisibilityScenarios {
}
