package eu.tibs.pilot;

import java.util.List;

import eu.tibs.privacy.CaseRecords;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The pilot's part of a company's data: the introduction meeting, the plan with its actions, the check-ins. */
@Component
class PilotData extends CaseRecords {
    private static final String OF_COMPANY_PILOTS = "pilot_id in (select id from pilot where " + OF_COMPANY_CASES + ")";

    PilotData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "pilots", List.of(
                new Table("pilot", OF_COMPANY_CASES, List.of("objective", "success_criteria", "abandon_reason"),
                        List.of("participants")),
                new Table("pilot_action", OF_COMPANY_PILOTS, List.of(), List.of("description")),
                new Table("pilot_check_in", OF_COMPANY_PILOTS, List.of("note"), List.of())));
    }
}
