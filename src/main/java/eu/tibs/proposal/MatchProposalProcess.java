package eu.tibs.proposal;

/** Element ids and variables of match-proposal.bpmn. */
public final class MatchProposalProcess {
    public static final String KEY = "match-proposal";
    public static final String SERVICE_TASK_FIND_CANDIDATES = "serviceTask_findCandidates";
    public static final String USER_TASK_NO_CANDIDATE = "userTask_noCandidateYet";
    public static final String TIMER_RETRY_MATCHING = "timer_retryMatching";
    public static final String MESSAGE_REMATCH_EVENT = "boundaryEvent_rematchRequested";
    public static final String USER_TASK_PICK_CANDIDATES = "userTask_pickCandidates";
    public static final String SERVICE_TASK_SEND_NEXT = "serviceTask_sendNextProposal";
    public static final String USER_TASK_COUNTERPART_REVIEW = "userTask_counterpartReview";
    public static final String TIMER_REMINDER = "timer_counterpartReminder";
    public static final String SERVICE_TASK_REMIND = "serviceTask_remindCounterpart";
    public static final String TIMER_ANSWER_OVERDUE = "timer_answerOverdue";
    public static final String SERVICE_TASK_ESCALATE = "serviceTask_escalateProposal";
    public static final String USER_TASK_HANDLE_OVERDUE = "userTask_handleOverdueProposal";
    public static final String USER_TASK_HOME_CONFIRMATION = "userTask_confirmHomeCompany";
    public static final String SERVICE_TASK_SHARE_CONTACTS = "serviceTask_shareContacts";
    public static final String END_EVENT_PARTNER_FOUND = "endEvent_partnerFound";
    /** Message a broker sends through our API to retry matching now rather than at the next timer. */
    public static final String MESSAGE_REMATCH = "rematchRequested";

    private MatchProposalProcess() {
    }

    /** Routing flags, ids and what the forms submit. */
    public static final class Vars {
        public static final String CANDIDATES_FOUND = "candidatesFound";
        /** Candidate ids with score and explanation, local to the shortlist task ({@link ShortlistOption}); no names. */
        public static final String SHORTLIST_OPTIONS = "shortlistOptions";
        public static final String PICKED_CANDIDATES = "pickedCandidates";
        public static final String SEARCH_DECISION = "searchDecision";
        /** The broker asked for a shortlist that may bring back declined pairs; holds for the next search only. */
        public static final String INCLUDE_DECLINED = "includeDeclined";
        public static final String PROPOSAL_SENT = "proposalSent";
        public static final String PROPOSAL_ID = "proposalId";
        public static final String COUNTERPART_BROKER_GROUP = "counterpartBrokerGroup";
        /** The counterpart region's own company that the proposal is about; local to the counterpart's task. */
        public static final String PROPOSED_COMPANY_ID = "proposedCompanyId";
        /** Why the pair was proposed, criterion by criterion, for the counterpart's form; no names. */
        public static final String PROPOSAL_EXPLANATION = "proposalExplanation";
        /** The proposing company's profile without name or contacts, for the counterpart's form. */
        public static final String PROPOSING_COMPANY = "proposingCompany";
        public static final String COUNTERPART_AGREED = "counterpartAgreed";
        public static final String HOME_AGREED = "homeAgreed";
        public static final String DECLINE_REASON = "declineReason";
        public static final String DECLINE_NOTE = "declineNote";
        public static final String OVERDUE_DECISION = "overdueDecision";
        public static final String COORDINATOR_GROUP = "coordinatorGroup";

        private Vars() {
        }
    }

    /** What the home broker does while no candidate is found. */
    public enum SearchDecision { RETRY, INCLUDE_DECLINED }

    /** What a coordinator does with an overdue proposal. */
    public enum OverdueDecision { EXTEND, GIVE_UP }
}
