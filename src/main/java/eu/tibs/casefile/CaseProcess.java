package eu.tibs.casefile;

/** The process a new case starts, and the variables every stage of it carries. */
public final class CaseProcess {
    public static final String KEY = "intake";

    private CaseProcess() {
    }

    /** Ids and routing only: company data stays in our tables so that it can be erased. */
    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String HOME_BROKER_GROUP = "homeBrokerGroup";

        private Vars() {
        }
    }
}
