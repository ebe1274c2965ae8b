package eu.tibs.process;

import java.util.Map;

/**
 * The durations of the lifecycle's timers, from processes/brokerage-deadlines.dmn. Models name them in timer
 * expressions: {@code ${deadlines.of('COUNTERPART_ANSWER')}}.
 */
public class Deadlines {
    public static final String DECISION = "brokerage-deadlines";

    private final DecisionTables tables;

    public Deadlines(DecisionTables tables) {
        this.tables = tables;
    }

    /** An ISO-8601 duration such as {@code P10D}. */
    public String of(String deadline) {
        return (String) tables.evaluate(DECISION, Map.of("deadline", deadline)).get("duration");
    }
}
