package eu.tibs.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What a lifecycle stage recorded in its own tables about a company's cases, as one part of the company's data: its
 * rows exported as they are, its free texts (questions, answers, notes, comments that people write and that may name
 * someone) erased. A stage declares its tables; the columns kept are ids, codes, ratings, dates and times.
 */
public abstract class CaseRecords implements CompanyDataContributor {
    /** Rows of a company's cases; the parameter {@code :company} is the company's id. */
    public static final String OF_COMPANY_CASES = "case_id in (select id from brokerage_case where company_id = :company)";
    static final String ERASED_TEXT = "(erased)";

    private final NamedParameterJdbcTemplate jdbc;
    private final String section;
    private final List<Table> tables;

    /**
     * A table of the stage: which rows are the company's (an SQL condition on {@code :company}), the free texts that
     * may be cleared, and those that are required and so overwritten with a placeholder.
     */
    public record Table(String name, String ofCompany, List<String> texts, List<String> requiredTexts) {
    }

    protected CaseRecords(NamedParameterJdbcTemplate jdbc, String section, List<Table> tables) {
        this.jdbc = jdbc;
        this.section = section;
        this.tables = tables;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(UUID companyId) {
        var export = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (Table table : tables) {
            export.put(table.name(), jdbc.queryForList("select * from " + table.name() + " where " + table.ofCompany(),
                    Map.of("company", companyId)));
        }
        return export;
    }

    @Override
    public void erase(UUID companyId) {
        for (Table table : tables) {
            String assignments = Stream.concat(
                    table.texts().stream().map(column -> column + " = null"),
                    table.requiredTexts().stream().map(column -> column + " = '" + ERASED_TEXT + "'"))
                    .collect(Collectors.joining(", "));
            jdbc.update("update " + table.name() + " set " + assignments + " where " + table.ofCompany(),
                    Map.of("company", companyId));
        }
    }
}
