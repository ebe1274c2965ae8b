package eu.tibs.intake;

/** Element ids and variables of intake.bpmn. */
public final class IntakeProcess {
    public static final String KEY = "intake";
    public static final String ELIGIBILITY_DECISION = "intake-eligibility";
    public static final String SERVICE_TASK_CHECK_ELIGIBILITY = "serviceTask_checkEligibility";
    public static final String USER_TASK_REVIEW_INTAKE = "userTask_reviewIntake";
    public static final String USER_TASK_RECORD_ANSWER = "userTask_recordCompanyAnswer";
    public static final String SERVICE_TASK_ACCEPT = "serviceTask_acceptApplication";
    public static final String SERVICE_TASK_REJECT = "serviceTask_rejectApplication";
    public static final String END_EVENT_ACCEPTED = "endEvent_applicationAccepted";
    public static final String END_EVENT_REJECTED = "endEvent_applicationRejected";
    public static final String END_EVENT_NOT_ELIGIBLE = "endEvent_notEligible";

    private IntakeProcess() {
    }

    /** Variables the intake forms submit and the routing flags of the process. */
    public static final class Vars {
        public static final String ELIGIBLE = "eligible";
        public static final String DECISION = "intakeDecision";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String INFORMATION_REQUEST = "informationRequest";
        public static final String INFORMATION_ANSWER = "informationAnswer";
        /** Local to the review task, read-only: the company the form links to, and its application. */
        public static final String COMPANY_ID = "companyId";
        public static final String APPLICATION = "application";

        private Vars() {
        }
    }

    /** What the home broker decides on an application. */
    public enum Decision { ACCEPT, REQUEST_INFORMATION, REJECT }
}
