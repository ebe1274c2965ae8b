package eu.tibs.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The declines matching learns from, in our tables: any node reads the same lessons, none lives only in memory. */
@Component
class DeclineRecords {
    /** Divisions and analysed terms contain no spaces. */
    private static final String SEPARATOR = " ";

    private final NamedParameterJdbcTemplate jdbc;

    DeclineRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(PastDecline decline, Instant when) {
        var features = decline.candidate();
        jdbc.update("""
                insert into match_decline (id, company_id, candidate_id, reason, country, size_class, nace_divisions,
                    matched_terms, declined_at)
                values (:id, :company, :candidate, :reason, :country, :size, :divisions, :terms, :when)""",
                new MapSqlParameterSource(Map.of("id", UUID.randomUUID(), "company", decline.companyId(),
                        "candidate", decline.candidateId(), "reason", decline.reason().name(),
                        "when", Timestamp.from(when)))
                        .addValue("country", features == null ? null : features.country())
                        .addValue("size", features == null ? null : features.sizeClass())
                        .addValue("divisions", features == null ? null : String.join(SEPARATOR, features.naceDivisions()))
                        .addValue("terms", features == null ? null : String.join(SEPARATOR, features.matchedTerms())));
    }

    /** The declines of proposals to or of the company. */
    List<PastDecline> of(UUID companyId) {
        return jdbc.query("select * from match_decline where company_id = :id or candidate_id = :id",
                Map.of("id", companyId), (rs, n) -> decline(rs));
    }

    /** The terms come from profile keywords and texts, which an erasure removes; size, country and NACE stay. */
    void eraseTermsOf(UUID companyId) {
        jdbc.update("update match_decline set matched_terms = '' where company_id = :id or candidate_id = :id",
                Map.of("id", companyId));
    }

    private static PastDecline decline(ResultSet rs) throws SQLException {
        var divisions = rs.getString("nace_divisions");
        var features = divisions == null ? null : new CandidateFeatures(rs.getString("country"),
                rs.getString("size_class"), split(divisions), split(rs.getString("matched_terms")));
        return new PastDecline(rs.getObject("company_id", UUID.class), rs.getObject("candidate_id", UUID.class),
                DeclineReason.valueOf(rs.getString("reason")), features);
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(SEPARATOR)));
    }
}
