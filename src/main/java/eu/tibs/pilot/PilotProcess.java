package eu.tibs.pilot;

/** Element ids and variables of pilot.bpmn. */
public final class PilotProcess {
    public static final String KEY = "pilot";
    public static final String USER_TASK_RECORD_INTRODUCTION = "userTask_recordIntroduction";
    public static final String USER_TASK_PLAN_PILOT = "userTask_planPilot";
    public static final String TIMER_NEXT_CHECK_IN = "timer_nextCheckIn";
    public static final String USER_TASK_CHECK_IN = "userTask_checkIn";
    public static final String END_EVENT_COMPLETED = "endEvent_pilotCompleted";
    public static final String END_EVENT_ABANDONED = "endEvent_pilotAbandoned";

    private PilotProcess() {
    }

    /** Fields of the pilot forms; pilotStatus routes. */
    public static final class Vars {
        public static final String MEETING_DATE = "meetingDate";
        public static final String MEETING_MODE = "meetingMode";
        public static final String PARTICIPANTS = "participants";
        public static final String OBJECTIVE = "objective";
        public static final String ACTIONS = "actions";
        public static final String SUCCESS_CRITERIA = "successCriteria";
        public static final String PLANNED_END = "plannedEnd";
        public static final String PROGRESS = "progress";
        public static final String CHECK_IN_NOTE = "checkInNote";
        public static final String PILOT_STATUS = "pilotStatus";
        public static final String ABANDON_REASON = "abandonReason";

        private Vars() {
        }
    }

    /** How the companies met. */
    public enum MeetingMode { IN_PERSON, ONLINE, PHONE }

    /** How the pilot goes, as a check-in records it. */
    public enum Progress { ON_TRACK, DELAYED, AT_RISK }

    /** Whether the pilot goes on after a check-in. */
    public enum Status { CONTINUE, COMPLETED, ABANDONED }
}
