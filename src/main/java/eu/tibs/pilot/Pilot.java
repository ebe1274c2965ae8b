package eu.tibs.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.tibs.pilot.PilotProcess.MeetingMode;
import eu.tibs.pilot.PilotProcess.Status;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** The pilot of a matched pair: how they met, what they test, by when, how success is judged, how it ended. */
@Entity
@Table(name = "pilot")
class Pilot {
    @Id
    private UUID id;
    private UUID caseId;
    private LocalDate meetingDate;
    @Enumerated(EnumType.STRING)
    private MeetingMode meetingMode;
    private String participants;
    private String objective;
    private String successCriteria;
    private LocalDate plannedEnd;
    @ElementCollection
    @CollectionTable(name = "pilot_action", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    private List<Action> actions = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Status outcome;
    private String abandonReason;
    private Instant endedAt;

    protected Pilot() {
    }

    Pilot(UUID caseId, LocalDate meetingDate, MeetingMode meetingMode, String participants) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.meetingDate = meetingDate;
        this.meetingMode = meetingMode;
        this.participants = participants;
    }

    void plan(String objective, List<Action> actions, String successCriteria, LocalDate plannedEnd) {
        this.objective = objective;
        this.actions = new ArrayList<>(actions);
        this.successCriteria = successCriteria;
        this.plannedEnd = plannedEnd;
    }

    void end(Status outcome, String abandonReason, Instant now) {
        this.outcome = outcome;
        this.abandonReason = abandonReason;
        this.endedAt = now;
    }

    UUID getId() {
        return id;
    }

    /** A planned action of the pilot with its due date. */
    @Embeddable
    record Action(String description, LocalDate dueDate) {
    }
}
