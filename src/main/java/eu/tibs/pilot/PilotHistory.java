package eu.tibs.pilot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import eu.tibs.casefile.CaseEvent;
import eu.tibs.casefile.CaseHistorySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pilot's check-ins and how it ended. */
@Component
@Transactional(readOnly = true)
class PilotHistory implements CaseHistorySource {
    private final PilotRepository pilots;

    PilotHistory(PilotRepository pilots) {
        this.pilots = pilots;
    }

    @Override
    public List<CaseEvent> eventsOf(UUID caseId) {
        return Stream.concat(
                pilots.checkInsOf(caseId).stream().map(row -> CaseEvent.of(row, "Pilot check-in")),
                pilots.endsOf(caseId).stream().map(row -> new CaseEvent((Instant) row[0],
                        "Pilot ended: " + row[1] + (row[2] == null ? "" : ", " + row[2]), null))).toList();
    }
}
