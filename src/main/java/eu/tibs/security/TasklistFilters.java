package eu.tibs.security;

/** The names of the Tasklist filters TIBS sets up, for links that open Tasklist on one of them. */
public final class TasklistFilters {
    public static final String MY_TASKS = "My tasks";
    public static final String MY_REGION = "My region's tasks";

    private TasklistFilters() {
    }
}
