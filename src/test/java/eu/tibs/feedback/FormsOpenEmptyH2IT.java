package eu.tibs.feedback;

import eu.tibs.support.OnH2;

/** Empty forms for each respondent on the embedded default database. */
@OnH2
class FormsOpenEmptyH2IT extends FormsOpenEmptyScenarios {
}
