package eu.tibs.feedback;

import java.util.List;

import eu.tibs.privacy.CaseRecords;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The feedback's part of a company's data: ratings and outcomes stay for statistics, the comments go. */
@Component
class FeedbackData extends CaseRecords {
    FeedbackData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "feedback", List.of(new Table("feedback", OF_COMPANY_CASES, List.of("comment"), List.of())));
    }
}
