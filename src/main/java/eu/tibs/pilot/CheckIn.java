package eu.tibs.pilot;

import java.time.Instant;
import java.util.UUID;

import eu.tibs.pilot.PilotProcess.Progress;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One periodic check-in of a running pilot. */
@Entity
@Table(name = "pilot_check_in")
class CheckIn {
    @Id
    private UUID id;
    private UUID pilotId;
    private Instant checkedAt;
    @Enumerated(EnumType.STRING)
    private Progress progress;
    private String note;
    private String recordedBy;

    protected CheckIn() {
    }

    CheckIn(UUID pilotId, Progress progress, String note, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.pilotId = pilotId;
        this.progress = progress;
        this.note = note;
        this.recordedBy = recordedBy;
        this.checkedAt = now;
    }
}
