package eu.tibs.feedback;

/** Element ids and variables of feedback.bpmn. */
public final class FeedbackProcess {
    public static final String KEY = "feedback";
    public static final String USER_TASK_HOME_COMPANY = "userTask_homeCompanyFeedback";
    public static final String USER_TASK_PARTNER_COMPANY = "userTask_partnerCompanyFeedback";
    public static final String USER_TASK_HOME_BROKER = "userTask_homeBrokerFeedback";
    public static final String USER_TASK_COUNTERPART_BROKER = "userTask_counterpartBrokerFeedback";
    public static final String TIMER_THREE_MONTHS = "timer_threeMonths";
    public static final String USER_TASK_FOLLOW_UP_3 = "userTask_followUpThreeMonths";
    public static final String TIMER_SIX_MONTHS = "timer_sixMonths";
    public static final String USER_TASK_FOLLOW_UP_6 = "userTask_followUpSixMonths";
    public static final String TIMER_TWELVE_MONTHS = "timer_twelveMonths";
    public static final String USER_TASK_FOLLOW_UP_12 = "userTask_followUpTwelveMonths";
    public static final String END_EVENT_DONE = "endEvent_feedbackComplete";

    private FeedbackProcess() {
    }

    /** Fields of the feedback and follow-up forms, and the local inputs that say who answers and when. */
    public static final class Vars {
        public static final String RESPONDENT = "respondent";
        public static final String MONTHS_AFTER = "monthsAfter";
        public static final String SERVICE_RATING = "serviceRating";
        public static final String PARTNERSHIP_RATING = "partnershipRating";
        public static final String OUTCOME = "outcome";
        public static final String AGREEMENT_TYPE = "agreementType";
        public static final String COMMENT = "comment";

        private Vars() {
        }
    }

    /** Whose view a feedback records. */
    public enum Respondent { HOME_COMPANY, PARTNER_COMPANY, HOME_BROKER, COUNTERPART_BROKER }

    /** What came of the introduction, from the domain's outcome list. */
    public enum Outcome { NO_FURTHER_CONTACT, KNOWLEDGE_GAINED, VALUABLE_CONTACT, NEGOTIATION_STARTED, AGREEMENT_REACHED }
}
