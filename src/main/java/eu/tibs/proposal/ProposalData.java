package eu.tibs.proposal;

import java.util.List;

import eu.tibs.privacy.CaseRecords;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The proposals' part of a company's data, on either side of a proposal: decline notes may name the people who
 * declined, and explanations quote the profiles' texts. Scores, ranks, statuses and decline reasons stay.
 */
@Component
class ProposalData extends CaseRecords {
    ProposalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "proposals", List.of(new Table("proposal",
                "home_company_id = :company or candidate_company_id = :company", List.of("decline_note"), List.of("explanation"))));
    }
}
