package eu.tibs.intake;

import eu.tibs.intake.IntakeProcess.Decision;
import eu.tibs.intake.IntakeProcess.Vars;
import eu.tibs.support.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.tibs.intake.IntakeProcess.*;
import static eu.tibs.support.Cases.PODLASKIE_BROKERS;
import static eu.tibs.support.Cases.startPodlaskieCase;
import static eu.tibs.support.ProcessTestEngine.setting;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** intake.bpmn: eligibility, then the home broker's review. */
@Deployment(resources = "processes/intake.bpmn")
class IntakeProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    final JavaDelegate acceptApplication = mock(JavaDelegate.class);
    final JavaDelegate rejectApplication = mock(JavaDelegate.class);

    @BeforeEach
    void eligibleApplicant() {
        ProcessTestEngine.prepare(engine, "intakeReviewCheck", "companyAnswerCheck");
        Mocks.register("checkEligibilityDelegate", setting(Vars.ELIGIBLE, true));
        Mocks.register("acceptApplicationDelegate", acceptApplication);
        Mocks.register("rejectApplicationDelegate", rejectApplication);
    }

    @Test
    void anAcceptedApplicationOpensTheNeedsAnalysis() throws Exception {
        var intake = applicationInReview();
        decide(intake, Decision.ACCEPT);
        assertThat(intake)
                .hasPassedInOrder(SERVICE_TASK_CHECK_ELIGIBILITY, USER_TASK_REVIEW_INTAKE, SERVICE_TASK_ACCEPT)
                .isEnded().hasPassed(END_EVENT_ACCEPTED);
        verify(acceptApplication).execute(any());
    }

    @Test
    void askingForMoreInformationBringsTheAnswerBackToReview() {
        var intake = applicationInReview();
        decide(intake, Decision.REQUEST_INFORMATION);
        assertThat(intake).isWaitingAt(USER_TASK_RECORD_ANSWER);
        complete(task(intake), withVariables(Vars.INFORMATION_ANSWER, "We export to Lithuania already"));
        assertThat(intake).isWaitingAt(USER_TASK_REVIEW_INTAKE);
        assertThat(task(intake)).hasCandidateGroup(PODLASKIE_BROKERS);
    }

    @Test
    void aRejectedApplicationClosesTheCaseWithItsReason() throws Exception {
        var intake = applicationInReview();
        decide(intake, Decision.REJECT);
        assertThat(intake).hasPassed(SERVICE_TASK_REJECT).isEnded().hasPassed(END_EVENT_REJECTED);
        verify(rejectApplication).execute(any());
        verify(acceptApplication, never()).execute(any());
    }

    @Test
    void anIneligibleApplicationEndsWithoutReview() {
        Mocks.register("checkEligibilityDelegate", setting(Vars.ELIGIBLE, false));
        var intake = startPodlaskieCase(KEY);
        assertThat(intake).isEnded().hasPassed(END_EVENT_NOT_ELIGIBLE).hasNotPassed(USER_TASK_REVIEW_INTAKE);
    }

    private static ProcessInstance applicationInReview() {
        var intake = startPodlaskieCase(KEY);
        assertThat(intake).isWaitingAt(USER_TASK_REVIEW_INTAKE);
        return intake;
    }

    private static void decide(ProcessInstance intake, Decision decision) {
        complete(task(intake), withVariables(Vars.DECISION, decision.name()));
    }
}
