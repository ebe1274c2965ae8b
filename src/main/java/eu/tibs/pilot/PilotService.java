package eu.tibs.pilot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.tibs.casefile.CaseWithdrawn;
import eu.tibs.pilot.PilotProcess.MeetingMode;
import eu.tibs.pilot.PilotProcess.Progress;
import eu.tibs.pilot.PilotProcess.Status;
import eu.tibs.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a case's introduction meeting, pilot plan, check-ins and how the pilot ended. */
@Service
@Transactional
class PilotService {
    static final String WITHDRAWN = "The company withdrew from the programme";

    private final PilotRepository pilots;
    private final CheckInRepository checkIns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PilotService(PilotRepository pilots, CheckInRepository checkIns, ApplicationEventPublisher events, Clock clock) {
        this.pilots = pilots;
        this.checkIns = checkIns;
        this.events = events;
        this.clock = clock;
    }

    void recordIntroduction(UUID caseId, LocalDate date, MeetingMode mode, String participants) {
        pilots.save(new Pilot(caseId, date, mode, participants));
    }

    void plan(UUID caseId, String objective, List<Pilot.Action> actions, String successCriteria, LocalDate end) {
        running(caseId).plan(objective, actions, successCriteria, end);
    }

    /** A check-in opens; only a running pilot has one, so a case without one fails here rather than in an e-mail. */
    void checkInDue(UUID caseId) {
        running(caseId);
        events.publishEvent(new CheckInDue(caseId));
    }

    void checkIn(UUID caseId, Progress progress, String note, Status status, String abandonReason, String by) {
        var pilot = running(caseId);
        checkIns.save(new CheckIn(pilot.getId(), progress, note, by, clock.instant()));
        if (status != Status.CONTINUE) {
            pilot.end(status, abandonReason, clock.instant());
        }
    }

    @EventListener
    void abandonOnWithdrawal(CaseWithdrawn withdrawn) {
        pilots.findFirstByCaseIdAndEndedAtIsNull(withdrawn.caseId())
                .ifPresent(pilot -> pilot.end(Status.ABANDONED, WITHDRAWN, clock.instant()));
    }

    private Pilot running(UUID caseId) {
        return pilots.findFirstByCaseIdAndEndedAtIsNull(caseId)
                .orElseThrow(() -> new NotFoundException("Running pilot of case", caseId));
    }
}
