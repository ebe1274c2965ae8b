package eu.tibs.intake;

/** Element ids and variables of intake.bpmn. */
public final class IntakeProcess {
    public static final String KEY = "intake";
    public static final String USER_TASK_REVIEW_INTAKE = "userTask_reviewIntake";
    public static final String SERVICE_TASK_ACCEPT = "serviceTask_acceptApplication";
    public static final String SERVICE_TASK_REJECT = "serviceTask_rejectApplication";
    public static final String END_EVENT_ACCEPTED = "endEvent_applicationAccepted";
    public static final String END_EVENT_REJECTED = "endEvent_applicationRejected";

    private IntakeProcess() {
    }

    /** Variables the intake review form submits. */
    public static final class Vars {
        public static final String DECISION = "intakeDecision";
        public static final String REJECTION_REASON = "rejectionReason";

        private Vars() {
        }
    }

    /** What the home broker decides on an application. */
    public enum Decision { ACCEPT, REJECT }
}
