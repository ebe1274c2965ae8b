package eu.tibs.feedback;

import eu.tibs.support.OnPostgres;

/** Empty forms for each respondent on a real PostgreSQL. */
@OnPostgres
class FormsOpenEmptyPostgresIT extends FormsOpenEmptyScenarios {
}
