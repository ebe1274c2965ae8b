package eu.tibs.proposal;

import java.util.UUID;
import java.util.function.BiConsumer;

import eu.tibs.proposal.MatchProposalProcess.Vars;
import eu.tibs.security.BrokerGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of match-proposal.bpmn that record one step of the current proposal. */
@Configuration
class ProposalStepDelegates {

    /** Service task serviceTask_remindCounterpart: the answer is due soon. */
    @Bean
    JavaDelegate remindCounterpartDelegate(ProposalService proposals) {
        return step(proposals, ProposalService::remind);
    }

    /** Service task serviceTask_escalateProposal: the deadline passed, the coordinators' group takes over. */
    @Bean
    JavaDelegate escalateProposalDelegate(ProposalService proposals) {
        JavaDelegate escalate = step(proposals, ProposalService::escalate);
        return execution -> {
            escalate.execute(execution);
            execution.setVariable(Vars.COORDINATOR_GROUP, BrokerGroups.COORDINATORS);
        };
    }

    /** Service task serviceTask_shareContacts: both companies agreed. */
    @Bean
    JavaDelegate shareContactsDelegate(ProposalService proposals) {
        return step(proposals, ProposalService::shareContacts);
    }

    private static JavaDelegate step(ProposalService proposals, BiConsumer<ProposalService, UUID> action) {
        return (DelegateExecution execution) -> action.accept(proposals,
                UUID.fromString((String) execution.getVariable(Vars.PROPOSAL_ID)));
    }
}
