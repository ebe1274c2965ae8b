package eu.tibs.intake;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import eu.tibs.casefile.CaseEvent;
import eu.tibs.casefile.CaseHistorySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The information the home broker asked the company for, and its answers. */
@Component
@Transactional(readOnly = true)
class IntakeHistory implements CaseHistorySource {
    private final InformationRequestRepository requests;

    IntakeHistory(InformationRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<CaseEvent> eventsOf(UUID caseId) {
        return Stream.concat(
                requests.questionsOf(caseId).stream().map(row -> CaseEvent.of(row, "Information requested")),
                requests.answersOf(caseId).stream().map(row -> CaseEvent.of(row, "Information given"))).toList();
    }
}
