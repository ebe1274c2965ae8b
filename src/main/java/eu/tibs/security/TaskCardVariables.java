package eu.tibs.security;

/** The task-local variables Tasklist's filters show on each task's card; eu.tibs.taskcard writes them. */
public final class TaskCardVariables {
    public static final String COMPANY_NAME = "companyName";
    public static final String COMPANY_REGION = "companyRegion";
    public static final String CASE_STAGE = "caseStage";

    private TaskCardVariables() {
    }
}
