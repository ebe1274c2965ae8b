package eu.tibs.feedback;

import java.util.List;
import java.util.UUID;

import eu.tibs.casefile.CaseEvent;
import eu.tibs.casefile.CaseHistorySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The feedback given after the pilot and at each follow-up. */
@Component
@Transactional(readOnly = true)
class FeedbackHistory implements CaseHistorySource {
    private final FeedbackRepository feedback;

    FeedbackHistory(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @Override
    public List<CaseEvent> eventsOf(UUID caseId) {
        return feedback.givenIn(caseId).stream().map(row -> CaseEvent.of(row, "Feedback")).toList();
    }
}
