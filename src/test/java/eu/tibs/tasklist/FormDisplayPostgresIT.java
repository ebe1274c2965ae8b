package eu.tibs.tasklist;

import eu.tibs.support.OnPostgres;

/** Form display data on a real PostgreSQL. */
@OnPostgres
class FormDisplayPostgresIT extends FormDisplayScenarios {
}
