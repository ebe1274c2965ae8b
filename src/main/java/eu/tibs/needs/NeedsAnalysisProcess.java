package eu.tibs.needs;

/** Element ids and variables of needs-analysis.bpmn. */
public final class NeedsAnalysisProcess {
    public static final String KEY = "needs-analysis";
    public static final String USER_TASK_ASSESS_NEEDS = "userTask_assessNeeds";
    public static final String USER_TASK_CHECK_ASSESSMENT = "userTask_checkAssessment";
    public static final String END_EVENT_PROFILE_RECORDED = "endEvent_profileRecorded";
    public static final String END_EVENT_PROFILE_CHECKED = "endEvent_profileChecked";

    private NeedsAnalysisProcess() {
    }

    /** Fields of the needs-analysis and needs-check forms; only the two flags route. */
    public static final class Vars {
        public static final String READINESS = "readiness";
        public static final String VALUE_CHAIN = "valueChain";
        public static final String S3_DOMAINS = "s3Domains";
        public static final String COOPERATION_TYPES = "cooperationTypes";
        public static final String TARGET_COUNTRIES = "targetCountries";
        public static final String FOUR_EYES_CHECK = "fourEyesCheck";
        public static final String CHECK_APPROVED = "checkApproved";
        public static final String CHECK_COMMENT = "checkComment";
        /** Local to the four-eyes task, read-only: the company the form links to, and the profile under review. */
        public static final String COMPANY_ID = "companyId";
        public static final String PROFILE_UNDER_REVIEW = "profileUnderReview";

        private Vars() {
        }
    }
}
