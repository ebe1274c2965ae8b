package eu.tibs.proposal;

import eu.tibs.matching.DeclineReason;
import eu.tibs.proposal.MatchProposalProcess.OverdueDecision;
import eu.tibs.proposal.MatchProposalProcess.SearchDecision;
import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.security.BrokerGroups;
import eu.tibs.support.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.tibs.proposal.MatchProposalProcess.*;
import static eu.tibs.support.Cases.HAMBURG_BROKERS;
import static eu.tibs.support.Cases.PODLASKIE_BROKERS;
import static eu.tibs.support.Cases.PODLASKIE_CASE;
import static eu.tibs.support.Cases.startPodlaskieCase;
import static eu.tibs.support.ProcessTestEngine.deadline;
import static eu.tibs.support.ProcessTestEngine.setting;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** match-proposal.bpmn: shortlist, picks, proposals in turn with reminder and escalation, double opt-in, retries. */
@Deployment(resources = {"processes/match-proposal.bpmn", "processes/brokerage-deadlines.dmn"})
class MatchProposalProcessTest {
    private static final String KAUNAS_BROKERS = BrokerGroups.of("LT-KAUNAS");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    final JavaDelegate remindCounterpart = mock(JavaDelegate.class);
    final JavaDelegate shareContacts = mock(JavaDelegate.class);

    @BeforeEach
    void candidatesInHamburgAndKaunas() {
        ProcessTestEngine.prepare(engine, "noCandidateCheck", "pickCandidatesCheck", "counterpartAnswerCheck",
                "overdueProposalCheck", "homeConfirmationCheck");
        matchingFindsCandidates(true);
        Mocks.register("sendNextProposalDelegate", Picks.inRegionsOf(HAMBURG_BROKERS, KAUNAS_BROKERS));
        Mocks.register("remindCounterpartDelegate", remindCounterpart);
        Mocks.register("escalateProposalDelegate", setting(Vars.COORDINATOR_GROUP, BrokerGroups.COORDINATORS));
        Mocks.register("shareContactsDelegate", shareContacts);
    }

    @Test
    void theHomeBrokersPicksGoToTheBrokersOfTheFirstCandidatesRegion() {
        var proposal = startPodlaskieCase(KEY);
        assertThat(task(proposal)).hasDefinitionKey(USER_TASK_PICK_CANDIDATES).hasCandidateGroup(PODLASKIE_BROKERS);
        complete(task(proposal));
        assertThat(proposal).hasPassedInOrder(SERVICE_TASK_FIND_CANDIDATES, USER_TASK_PICK_CANDIDATES,
                SERVICE_TASK_SEND_NEXT);
        assertProposedTo(proposal, HAMBURG_BROKERS);
    }

    @Test
    void bothCompaniesAgreeingSharesTheirContacts() throws Exception {
        var proposal = proposedToHamburg();
        counterpartAnswers(proposal, true);
        assertThat(task(proposal)).hasDefinitionKey(USER_TASK_HOME_CONFIRMATION).hasCandidateGroup(PODLASKIE_BROKERS);
        complete(task(proposal), withVariables(Vars.HOME_AGREED, true));
        assertThat(proposal).hasPassed(SERVICE_TASK_SHARE_CONTACTS).isEnded().hasPassed(END_EVENT_PARTNER_FOUND);
        verify(shareContacts).execute(any());
    }

    @Test
    void counterpartDeclineOffersTheNextCandidate() {
        var proposal = proposedToHamburg();
        complete(task(proposal), withVariables(Vars.COUNTERPART_AGREED, false, Vars.DECLINE_REASON,
                DeclineReason.NO_CAPACITY.name()));
        assertProposedTo(proposal, KAUNAS_BROKERS);
    }

    @Test
    void homeCompanyDeclineOffersTheNextCandidate() {
        var proposal = proposedToHamburg();
        counterpartAnswers(proposal, true);
        complete(task(proposal), withVariables(Vars.HOME_AGREED, false, Vars.DECLINE_REASON,
                DeclineReason.NOT_RELEVANT.name()));
        assertProposedTo(proposal, KAUNAS_BROKERS);
    }

    @Test
    void whenEveryPickDeclinedMatchingLooksForNewCandidates() {
        var proposal = proposedToHamburg();
        counterpartAnswers(proposal, false);
        matchingFindsCandidates(false);
        counterpartAnswers(proposal, false);
        assertThat(proposal).isWaitingAt(USER_TASK_NO_CANDIDATE);
        assertThat(task(proposal)).hasCandidateGroup(PODLASKIE_BROKERS);
    }

    @Test
    void withoutCandidatesMatchingIsRetriedAfterTheRetryInterval() {
        var proposal = waitingForCandidates();
        assertThat(job(TIMER_RETRY_MATCHING, proposal)).hasDueDate(deadline("P14D"));
        matchingFindsCandidates(true);
        execute(job(TIMER_RETRY_MATCHING, proposal));
        assertThat(proposal).hasPassed(TIMER_RETRY_MATCHING).isWaitingAt(USER_TASK_PICK_CANDIDATES);
    }

    @Test
    void aBrokerAskingToMatchAgainRetriesAtOnce() {
        var proposal = waitingForCandidates();
        matchingFindsCandidates(true);
        runtimeService().createMessageCorrelation(MESSAGE_REMATCH).processInstanceBusinessKey(PODLASKIE_CASE)
                .correlate();
        assertThat(proposal).hasPassed(MESSAGE_REMATCH_EVENT).isWaitingAt(USER_TASK_PICK_CANDIDATES);
    }

    @Test
    void includingDeclinedCompaniesSearchesAgainAtOnce() {
        var proposal = waitingForCandidates();
        JavaDelegate findsOnlyDeclinedOnes = execution -> execution.setVariable(Vars.CANDIDATES_FOUND,
                Boolean.TRUE.equals(execution.getVariable(Vars.INCLUDE_DECLINED)));
        Mocks.register("findCandidatesDelegate", findsOnlyDeclinedOnes);
        complete(task(proposal), withVariables(Vars.SEARCH_DECISION, SearchDecision.INCLUDE_DECLINED.name(),
                Vars.INCLUDE_DECLINED, true));
        assertThat(proposal).isWaitingAt(USER_TASK_PICK_CANDIDATES);
    }

    @Test
    void theCounterpartIsRemindedAfterAWeekAndStillAsked() throws Exception {
        var proposal = proposedToHamburg();
        assertThat(job(TIMER_REMINDER, proposal)).hasDueDate(deadline("P7D"));
        execute(job(TIMER_REMINDER, proposal));
        verify(remindCounterpart).execute(any());
        assertThat(proposal).hasPassed(SERVICE_TASK_REMIND).isWaitingAt(USER_TASK_COUNTERPART_REVIEW);
        assertThat(job(TIMER_ANSWER_OVERDUE, proposal)).hasDueDate(deadline("P14D"));
    }

    @Test
    void coordinatorsGivingMoreTimeAskTheCounterpartAgain() {
        var proposal = overdue();
        coordinatorDecides(proposal, OverdueDecision.EXTEND);
        assertProposedTo(proposal, HAMBURG_BROKERS);
    }

    @Test
    void coordinatorsGivingUpOfferTheNextCandidate() {
        var proposal = overdue();
        coordinatorDecides(proposal, OverdueDecision.GIVE_UP);
        assertProposedTo(proposal, KAUNAS_BROKERS);
    }

    private static void matchingFindsCandidates(boolean found) {
        Mocks.register("findCandidatesDelegate", setting(Vars.CANDIDATES_FOUND, found));
    }

    private ProcessInstance waitingForCandidates() {
        matchingFindsCandidates(false);
        var proposal = startPodlaskieCase(KEY);
        assertThat(proposal).isWaitingAt(USER_TASK_NO_CANDIDATE);
        return proposal;
    }

    private static ProcessInstance proposedToHamburg() {
        var proposal = startPodlaskieCase(KEY);
        complete(task(proposal));
        assertThat(proposal).isWaitingAt(USER_TASK_COUNTERPART_REVIEW);
        return proposal;
    }

    /** Hamburg did not answer in time: the coordinators handle the proposal. */
    private static ProcessInstance overdue() {
        var proposal = proposedToHamburg();
        execute(job(TIMER_ANSWER_OVERDUE, proposal));
        assertThat(proposal).hasPassed(SERVICE_TASK_ESCALATE).isWaitingAt(USER_TASK_HANDLE_OVERDUE);
        assertThat(task(proposal)).hasCandidateGroup(BrokerGroups.COORDINATORS);
        return proposal;
    }

    private static void assertProposedTo(ProcessInstance proposal, String brokerGroup) {
        assertThat(proposal).isWaitingAt(USER_TASK_COUNTERPART_REVIEW);
        assertThat(task(proposal)).hasCandidateGroup(brokerGroup);
    }

    private static void counterpartAnswers(ProcessInstance proposal, boolean agreed) {
        complete(task(proposal), withVariables(Vars.COUNTERPART_AGREED, agreed));
    }

    private static void coordinatorDecides(ProcessInstance proposal, OverdueDecision decision) {
        complete(task(proposal), withVariables(Vars.OVERDUE_DECISION, decision.name()));
    }
}
