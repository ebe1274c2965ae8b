package eu.tibs.process;

import java.util.Map;

import eu.tibs.support.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** brokerage-deadlines.dmn, row by row: the durations of the lifecycle's timers. */
class BrokerageDeadlinesDecisionTest {
    private final DecisionTable table = DecisionTable.of("processes/brokerage-deadlines.dmn", Deadlines.DECISION);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "COUNTERPART_REMINDER, P7D,  rule_counterpartReminder",
            "COUNTERPART_ANSWER,   P14D, rule_counterpartAnswer",
            "MATCHING_RETRY,       P14D, rule_matchingRetry",
            "PILOT_CHECK_IN,       P30D, rule_pilotCheckIn",
            "FOLLOW_UP_FIRST,      P3M,  rule_followUpFirst",
            "FOLLOW_UP_SECOND,     P3M,  rule_followUpSecond",
            "FOLLOW_UP_THIRD,      P6M,  rule_followUpThird",
    })
    void eachDeadlineHasItsOwnRow(String deadline, String duration, String rule) {
        var hit = table.evaluate(Map.of("deadline", deadline));
        assertThat(hit.rules()).containsExactly(rule);
        assertThat(hit.outputs()).containsEntry("duration", duration);
    }

    @Test
    void anUnknownDeadlineHitsNoRow() {
        assertThat(table.evaluate(Map.of("deadline", "COFFEE_BREAK")).rules()).isEmpty();
    }

    @Test
    void theTableHasTheRowsTestedHere() {
        assertThat(table.ruleIds()).containsExactly("rule_counterpartReminder", "rule_counterpartAnswer",
                "rule_matchingRetry", "rule_pilotCheckIn", "rule_followUpFirst", "rule_followUpSecond",
                "rule_followUpThird");
    }
}
