package eu.tibs.intake;

import java.util.List;

import eu.tibs.privacy.CaseRecords;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The intake's part of a company's data: the questions its broker asked and the company's answers. */
@Component
class IntakeData extends CaseRecords {
    IntakeData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "informationRequests", List.of(
                new Table("information_request", OF_COMPANY_CASES, List.of("question", "answer"), List.of())));
    }
}
