package eu.tibs.support;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;


import eu.tibs.process.Deadlines;
import eu.tibs.process.DecisionTables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The in-memory engine of the process tests (process-tests.camunda.cfg.xml) and what every process test starts with.
 * A test class that leaves more than 10% of its processes' flow nodes and sequence flows unexercised fails.
 */
public final class ProcessTestEngine {
    public static final double MINIMUM_COVERAGE = 0.9;
    private static final String CONFIGURATION = "process-tests.camunda.cfg.xml";
    /** The engine's clock while a process test runs (the extension resets it afterwards), so due dates are exact. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final JavaDelegate ACCEPTS_ANYTHING = execution -> { };
    /** The task create listeners that fill forms from our tables: display data and the needs form's profile. */
    private static final List<String> FORM_DISPLAYS = List.of("intakeReviewDisplay", "needsFormPrefill",
            "fourEyesDisplay", "shortlistDisplay", "counterpartReviewDisplay");

    private ProcessTestEngine() {
    }

    /**
     * The engine with coverage: reports under target/process-test-coverage, the minimum asserted per class. Processes
     * a test deploys only as stand-ins are named here and left out of the figure.
     */
    public static ProcessEngineCoverageExtension withCoverage(String... standInProcesses) {
        var builder = ProcessEngineCoverageExtension.builder(CONFIGURATION);
        builder.assertClassCoverageAtLeast(MINIMUM_COVERAGE).excludeProcessDefinitionKeys(standInProcesses);
        return builder.build();
    }

    /**
     * Points BPM Assert at this engine, forgets the previous test's delegates, lets the named form checks accept
     * every submission, shows forms without display data and gives timers the real durations of
     * brokerage-deadlines.dmn (deploy it with the process).
     */
    public static void prepare(ProcessEngineCoverageExtension engine, String... formChecks) {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.reset();
        Mocks.register("deadlines", new Deadlines(new DecisionTables(engine.getProcessEngineConfiguration())));
        for (String check : formChecks) {
            Mocks.register(check, ACCEPTS_ANYTHING);
        }
        FORM_DISPLAYS.forEach(display -> Mocks.register(display, (TaskListener) task -> { }));
    }

    /** When a timer started now with this ISO-8601 duration falls due. */
    public static Date deadline(String duration) {
        return Date.from(NOW.atZone(ZoneId.systemDefault()).plus(Period.parse(duration)).toInstant());
    }

    /** A delegate that only sets a routing flag, as the real one does after its service call. */
    public static JavaDelegate setting(String variable, Object value) {
        return execution -> execution.setVariable(variable, value);
    }
}
