package eu.tibs.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.tibs.feedback.FeedbackProcess.Outcome;
import eu.tibs.feedback.FeedbackProcess.Vars;
import eu.tibs.support.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.tibs.feedback.FeedbackProcess.*;
import static eu.tibs.support.Cases.HAMBURG_BROKERS;
import static eu.tibs.support.Cases.PODLASKIE_BROKERS;
import static eu.tibs.support.Cases.matchedWithHamburg;
import static eu.tibs.support.Cases.startPodlaskieCase;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

/** feedback.bpmn: four views of the pilot in parallel, then follow-ups at 3, 6 and 12 months. */
@Deployment(resources = {"processes/feedback.bpmn", "processes/brokerage-deadlines.dmn"})
class FeedbackProcessTest {
    private static final List<String> FOLLOW_UPS = List.of(USER_TASK_FOLLOW_UP_3, USER_TASK_FOLLOW_UP_6,
            USER_TASK_FOLLOW_UP_12);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();
    final List<Object> published = new ArrayList<>();

    @BeforeEach
    void formsAcceptWhatTheyGet() {
        ProcessTestEngine.prepare(engine, "feedbackCheck");
        Mocks.register("followUpDueListener", new FollowUpDueListener(published::add));
    }

    @Test
    void bothCompaniesAndBothBrokersAreAskedAtOnceEachBySideTheirBroker() {
        var feedback = startPodlaskieCase(KEY, matchedWithHamburg());
        assertThat(feedback).isWaitingAt(USER_TASK_HOME_COMPANY, USER_TASK_PARTNER_COMPANY, USER_TASK_HOME_BROKER,
                USER_TASK_COUNTERPART_BROKER);
        assertThat(task(USER_TASK_HOME_COMPANY, feedback)).hasCandidateGroup(PODLASKIE_BROKERS);
        assertThat(task(USER_TASK_PARTNER_COMPANY, feedback)).hasCandidateGroup(HAMBURG_BROKERS);
        assertThat(task(USER_TASK_HOME_BROKER, feedback)).hasCandidateGroup(PODLASKIE_BROKERS);
        assertThat(task(USER_TASK_COUNTERPART_BROKER, feedback)).hasCandidateGroup(HAMBURG_BROKERS);
    }

    @Test
    void theFollowUpsComeThreeSixAndTwelveMonthsAfterTheFeedback() {
        var feedback = allFourViewsGiven();
        for (var followUp : List.of(TIMER_THREE_MONTHS, TIMER_SIX_MONTHS, TIMER_TWELVE_MONTHS)) {
            assertThat(feedback).isWaitingAt(followUp);
            execute(job(followUp, feedback));
            complete(task(feedback), withVariables(Vars.OUTCOME, Outcome.AGREEMENT_REACHED.name()));
        }
        assertThat(feedback).hasPassedInOrder(FOLLOW_UPS.toArray(String[]::new)).isEnded().hasPassed(END_EVENT_DONE);
        var caseId = UUID.fromString(feedback.getBusinessKey());
        Assertions.assertThat(published).as("each follow-up asks the companies again").containsExactly(
                new FollowUpDue(caseId, 3), new FollowUpDue(caseId, 6), new FollowUpDue(caseId, 12));
    }

    @Test
    void theFirstFollowUpWaitsThreeMonthsAsTheDeadlineTableSays() {
        var feedback = allFourViewsGiven();
        assertThat(job(TIMER_THREE_MONTHS, feedback)).hasDueDate(ProcessTestEngine.deadline("P3M"));
        execute(job(TIMER_THREE_MONTHS, feedback));
        assertThat(task(feedback)).hasDefinitionKey(USER_TASK_FOLLOW_UP_3).hasCandidateGroup(PODLASKIE_BROKERS);
    }

    private static ProcessInstance allFourViewsGiven() {
        var feedback = startPodlaskieCase(KEY, matchedWithHamburg());
        for (var view : List.of(USER_TASK_HOME_COMPANY, USER_TASK_PARTNER_COMPANY, USER_TASK_HOME_BROKER,
                USER_TASK_COUNTERPART_BROKER)) {
            complete(task(view, feedback), withVariables(Vars.SERVICE_RATING, 5, Vars.OUTCOME,
                    Outcome.VALUABLE_CONTACT.name()));
        }
        return feedback;
    }
}
