package eu.tibs.casefile;

import java.util.List;
import java.util.Map;

import eu.tibs.casefile.CaseProcess.Vars;
import eu.tibs.intake.IntakeProcess;
import eu.tibs.intake.IntakeProcess.Decision;
import eu.tibs.support.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.tibs.casefile.CaseProcess.*;
import static eu.tibs.casefile.Stages.STAGE_DONE;
import static eu.tibs.casefile.Stages.STAGE_WORK;
import static eu.tibs.support.Cases.PODLASKIE_BROKERS;
import static eu.tibs.support.Cases.PODLASKIE_CASE;
import static eu.tibs.support.Cases.startPodlaskieCase;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** brokerage-case.bpmn: the stages in turn (stand-ins here; each has its own process test) and the withdrawal. */
@Deployment(resources = "processes/brokerage-case.bpmn")
class BrokerageCaseProcessTest {
    private static final Map<String, Object> ACCEPTED = Map.of(IntakeProcess.Vars.DECISION, Decision.ACCEPT.name());
    private static final Map<String, Object> REJECTED = Map.of(IntakeProcess.Vars.DECISION, Decision.REJECT.name());

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage(Stages.KEYS.toArray(String[]::new));

    final CaseStages caseStages = mock(CaseStages.class);
    final JavaDelegate completeCase = mock(JavaDelegate.class);
    final JavaDelegate closeWithdrawnCase = mock(JavaDelegate.class);

    @BeforeEach
    void stagesStandingIn() {
        ProcessTestEngine.prepare(engine, "caseStartCheck");
        engine.manageDeployment(Stages.deployStandIns());
        Mocks.register("caseStages", caseStages);
        Mocks.register("completeCaseDelegate", completeCase);
        Mocks.register("closeWithdrawnCaseDelegate", closeWithdrawnCase);
    }

    @Test
    void anAcceptedCaseGoesThroughEveryStageAndClosesAsCompleted() throws Exception {
        var brokerageCase = startPodlaskieCase(KEY);
        finishStages(brokerageCase, Stages.KEYS.size());
        assertThat(brokerageCase).hasPassedInOrder(CALL_ACTIVITY_INTAKE, CALL_ACTIVITY_NEEDS_ANALYSIS,
                CALL_ACTIVITY_MATCH_PROPOSAL, CALL_ACTIVITY_PILOT, CALL_ACTIVITY_FEEDBACK, SERVICE_TASK_COMPLETE_CASE)
                .isEnded().hasPassed(END_EVENT_COMPLETED).hasNotPassed(SERVICE_TASK_OPEN_CASE_FILE);
        for (var stage : List.of(CaseStage.MATCHING, CaseStage.PILOT, CaseStage.FEEDBACK)) {
            verify(caseStages).enter(any(), eq(stage.name()));
        }
        verify(completeCase).execute(any());
    }

    @Test
    void aRejectedApplicationEndsTheCaseAfterIntake() {
        var brokerageCase = startPodlaskieCase(KEY);
        finishStage(brokerageCase, IntakeProcess.KEY, REJECTED);
        assertThat(brokerageCase).isEnded().hasPassed(END_EVENT_REJECTED).hasNotPassed(CALL_ACTIVITY_NEEDS_ANALYSIS);
    }

    @Test
    void aCaseStartedFromTasklistOpensItsCaseFileFirst() {
        JavaDelegate openCaseFile = execution -> {
            execution.setProcessBusinessKey(PODLASKIE_CASE);
            execution.setVariable(Vars.CASE_ID, PODLASKIE_CASE);
        };
        Mocks.register("openCaseFileDelegate", openCaseFile);
        var brokerageCase = runtimeService().startProcessInstanceByKey(KEY,
                withVariables(Vars.COMPANY_ID, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", Vars.HOME_BROKER_GROUP,
                        PODLASKIE_BROKERS));
        assertThat(brokerageCase).hasPassed(SERVICE_TASK_OPEN_CASE_FILE).isWaitingAt(CALL_ACTIVITY_INTAKE);
        assertThat(calledProcessInstance(IntakeProcess.KEY, brokerageCase)).hasBusinessKey(PODLASKIE_CASE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void aWithdrawalCancelsTheOpenStageAndClosesTheCase(int stagesFinished) throws Exception {
        var brokerageCase = startPodlaskieCase(KEY);
        finishStages(brokerageCase, stagesFinished);
        var openStage = calledProcessInstance(Stages.KEYS.get(stagesFinished), brokerageCase);
        runtimeService().createMessageCorrelation(MESSAGE_COMPANY_WITHDREW).processInstanceBusinessKey(PODLASKIE_CASE)
                .correlate();
        assertThat(brokerageCase).isEnded().hasPassed(SERVICE_TASK_CLOSE_WITHDRAWN, END_EVENT_WITHDRAWN)
                .hasNotPassed(END_EVENT_COMPLETED);
        assertThat(openStage).isEnded().hasNotPassed(STAGE_DONE);
        verify(closeWithdrawnCase).execute(any());
    }

    /** The first stages end in turn, the application accepted at intake. */
    private static void finishStages(ProcessInstance brokerageCase, int count) {
        for (String stage : Stages.KEYS.subList(0, count)) {
            finishStage(brokerageCase, stage, stage.equals(IntakeProcess.KEY) ? ACCEPTED : Map.of());
        }
    }

    private static void finishStage(ProcessInstance brokerageCase, String stage, Map<String, Object> outcome) {
        var called = calledProcessInstance(stage, brokerageCase);
        assertThat(called).isWaitingAt(STAGE_WORK);
        complete(task(called), outcome);
    }
}
