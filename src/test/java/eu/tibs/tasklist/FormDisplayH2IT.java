package eu.tibs.tasklist;

import eu.tibs.support.OnH2;

/** Form display data on the embedded default database. */
@OnH2
class FormDisplayH2IT extends FormDisplayScenarios {
}
