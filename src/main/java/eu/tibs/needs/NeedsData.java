package eu.tibs.needs;

import java.util.List;

import eu.tibs.privacy.CaseRecords;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The needs analysis's part of a company's data: who assessed it, and the four-eyes check with its comment. */
@Component
class NeedsData extends CaseRecords {
    NeedsData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "needsAssessments", List.of(
                new Table("needs_assessment", OF_COMPANY_CASES, List.of("check_comment"), List.of())));
    }
}
