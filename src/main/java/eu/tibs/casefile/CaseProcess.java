package eu.tibs.casefile;

/** brokerage-case.bpmn, the process a new case starts, and the variables every stage of it carries. */
public final class CaseProcess {
    public static final String KEY = "brokerage-case";
    public static final String START_EVENT = "startEvent_caseStarted";
    public static final String SERVICE_TASK_OPEN_CASE_FILE = "serviceTask_openCaseFile";
    public static final String CALL_ACTIVITY_INTAKE = "callActivity_intake";
    public static final String CALL_ACTIVITY_NEEDS_ANALYSIS = "callActivity_needsAnalysis";
    public static final String CALL_ACTIVITY_MATCH_PROPOSAL = "callActivity_matchProposal";
    public static final String CALL_ACTIVITY_PILOT = "callActivity_pilot";
    public static final String CALL_ACTIVITY_FEEDBACK = "callActivity_feedback";
    public static final String SERVICE_TASK_COMPLETE_CASE = "serviceTask_completeCase";
    public static final String SERVICE_TASK_CLOSE_WITHDRAWN = "serviceTask_closeWithdrawnCase";
    public static final String END_EVENT_COMPLETED = "endEvent_caseCompleted";
    public static final String END_EVENT_REJECTED = "endEvent_caseRejected";
    public static final String END_EVENT_WITHDRAWN = "endEvent_caseWithdrawn";
    /** Message correlated by business key (the case id) when the company leaves the programme. */
    public static final String MESSAGE_COMPANY_WITHDREW = "companyWithdrew";

    private CaseProcess() {
    }

    /** Ids and routing only: company data stays in our tables so that it can be erased. */
    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String HOME_BROKER_GROUP = "homeBrokerGroup";
        /** Chosen on Tasklist's start form; a case opened through the API has its case id instead. */
        public static final String COMPANY_ID = "companyId";
        public static final String INTAKE_ACCEPTED = "intakeAccepted";
        public static final String COUNTERPART_BROKER_GROUP = "counterpartBrokerGroup";
        public static final String PROPOSAL_ID = "proposalId";

        private Vars() {
        }
    }
}
