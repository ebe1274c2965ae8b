package eu.tibs.needs;

import eu.tibs.needs.NeedsAnalysisProcess.Vars;
import eu.tibs.support.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.tibs.needs.NeedsAnalysisProcess.*;
import static eu.tibs.support.Cases.PODLASKIE_BROKERS;
import static eu.tibs.support.Cases.startPodlaskieCase;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

/** needs-analysis.bpmn: the assessment, and the second broker's check when the first asks for one. */
@Deployment(resources = "processes/needs-analysis.bpmn")
class NeedsAnalysisProcessTest {
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    @BeforeEach
    void formsAcceptWhatTheyGet() {
        ProcessTestEngine.prepare(engine, "needsAssessmentCheck", "fourEyesApprovalCheck");
    }

    @Test
    void anAssessmentWithoutSecondCheckRecordsTheProfile() {
        var analysis = assessed(false);
        assertThat(analysis).isEnded().hasPassed(END_EVENT_PROFILE_RECORDED).hasNotPassed(USER_TASK_CHECK_ASSESSMENT);
    }

    @Test
    void aSecondBrokerOfTheRegionApprovesTheCheckedProfile() {
        var analysis = assessed(true);
        assertThat(analysis).isWaitingAt(USER_TASK_CHECK_ASSESSMENT);
        assertThat(task(analysis)).hasCandidateGroup(PODLASKIE_BROKERS);
        complete(task(analysis), withVariables(Vars.CHECK_APPROVED, true));
        assertThat(analysis).hasPassedInOrder(USER_TASK_ASSESS_NEEDS, USER_TASK_CHECK_ASSESSMENT)
                .isEnded().hasPassed(END_EVENT_PROFILE_CHECKED);
    }

    @Test
    void aProfileSentBackIsAssessedAgain() {
        var analysis = assessed(true);
        complete(task(analysis), withVariables(Vars.CHECK_APPROVED, false, Vars.CHECK_COMMENT, "Offers are vague"));
        assertThat(analysis).isWaitingAt(USER_TASK_ASSESS_NEEDS);
        complete(task(analysis), withVariables(Vars.FOUR_EYES_CHECK, false));
        assertThat(analysis).isEnded().hasPassed(END_EVENT_PROFILE_RECORDED);
    }

    private static ProcessInstance assessed(boolean secondCheckWanted) {
        var analysis = startPodlaskieCase(KEY);
        assertThat(analysis).isWaitingAt(USER_TASK_ASSESS_NEEDS);
        assertThat(task(analysis)).hasCandidateGroup(PODLASKIE_BROKERS);
        complete(task(analysis), withVariables(Vars.FOUR_EYES_CHECK, secondCheckWanted));
        return analysis;
    }
}
