package eu.tibs.workspace;

import java.util.List;
import java.util.function.Predicate;

import eu.tibs.security.Actor;

/**
 * The places in the header, each shown to the roles that work there. A coordinators' dashboard or a project leads'
 * models page joins as one more entry.
 */
enum Navigation {
    HOME("Workspace", "/workspace", actor -> true),
    COMPANIES("Companies", "/workspace/companies", actor -> true),
    CASES("Cases", "/workspace/cases", actor -> true),
    TASKLIST("Tasklist", "/camunda/app/tasklist/default/", actor -> true),
    COCKPIT("Cockpit", "/camunda/app/cockpit/default/",
            actor -> actor.isCoordinator() || actor.isProjectLead() || actor.isAdmin()),
    ADMIN("Admin", "/camunda/app/admin/default/", Actor::isAdmin);

    private final String label;
    private final String href;
    private final Predicate<Actor> shownTo;

    Navigation(String label, String href, Predicate<Actor> shownTo) {
        this.label = label;
        this.href = href;
        this.shownTo = shownTo;
    }

    public String label() {
        return label;
    }

    public String href() {
        return href;
    }

    static List<Navigation> of(Actor actor) {
        return List.of(values()).stream().filter(place -> place.shownTo.test(actor)).toList();
    }
}
