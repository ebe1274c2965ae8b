package eu.tibs.pilot;

import eu.tibs.pilot.PilotProcess.Status;
import eu.tibs.pilot.PilotProcess.Vars;
import eu.tibs.support.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.tibs.pilot.PilotProcess.*;
import static eu.tibs.support.Cases.HAMBURG_BROKERS;
import static eu.tibs.support.Cases.PODLASKIE_BROKERS;
import static eu.tibs.support.Cases.matchedWithHamburg;
import static eu.tibs.support.Cases.startPodlaskieCase;
import static eu.tibs.support.ProcessTestEngine.deadline;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** pilot.bpmn: introduction, plan, and check-ins on the deadline table's interval until the pilot ends. */
@Deployment(resources = {"processes/pilot.bpmn", "processes/brokerage-deadlines.dmn"})
class PilotProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();
    final ExecutionListener checkInDue = mock(ExecutionListener.class);

    @BeforeEach
    void formsAcceptWhatTheyGet() {
        ProcessTestEngine.prepare(engine, "introductionCheck", "pilotPlanCheck", "checkInCheck");
        Mocks.register("checkInDueListener", checkInDue);
    }

    @Test
    void aCheckInThatReportsSuccessCompletesThePilot() {
        var pilot = checkInDue();
        report(pilot, Status.COMPLETED);
        assertThat(pilot).hasPassedInOrder(USER_TASK_RECORD_INTRODUCTION, USER_TASK_PLAN_PILOT, TIMER_NEXT_CHECK_IN,
                USER_TASK_CHECK_IN).isEnded().hasPassed(END_EVENT_COMPLETED);
    }

    @Test
    void aCheckInThatGivesUpAbandonsThePilot() {
        var pilot = checkInDue();
        complete(task(pilot),
                withVariables(Vars.PILOT_STATUS, Status.ABANDONED.name(), Vars.ABANDON_REASON, "No budget"));
        assertThat(pilot).isEnded().hasPassed(END_EVENT_ABANDONED);
    }

    @Test
    void aPilotThatGoesOnIsCheckedInOnAgainAMonthLater() throws Exception {
        var pilot = checkInDue();
        report(pilot, Status.CONTINUE);
        assertThat(pilot).isWaitingAt(TIMER_NEXT_CHECK_IN);
        assertThat(job(TIMER_NEXT_CHECK_IN, pilot)).hasDueDate(deadline("P30D"));
        execute(job(TIMER_NEXT_CHECK_IN, pilot));
        assertThat(pilot).isWaitingAt(USER_TASK_CHECK_IN);
        verify(checkInDue, times(2)).notify(any());
    }

    /** Introduced, planned, and the first check-in interval has passed. */
    private static ProcessInstance checkInDue() {
        var pilot = startPodlaskieCase(KEY, matchedWithHamburg());
        assertThat(task(pilot)).hasDefinitionKey(USER_TASK_RECORD_INTRODUCTION)
                .hasCandidateGroup(PODLASKIE_BROKERS).hasCandidateGroup(HAMBURG_BROKERS);
        complete(task(pilot));
        assertThat(pilot).isWaitingAt(USER_TASK_PLAN_PILOT);
        complete(task(pilot));
        assertThat(pilot).isWaitingAt(TIMER_NEXT_CHECK_IN);
        execute(job(TIMER_NEXT_CHECK_IN, pilot));
        assertThat(pilot).isWaitingAt(USER_TASK_CHECK_IN);
        return pilot;
    }

    private static void report(ProcessInstance pilot, Status status) {
        complete(task(pilot), withVariables(Vars.PILOT_STATUS, status.name()));
    }
}
