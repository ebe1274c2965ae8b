package eu.tibs.notification;

import java.util.Map;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.Company;
import eu.tibs.proposal.Proposal;
import eu.tibs.proposal.ProposalEvents;
import eu.tibs.proposal.ProposalService;
import eu.tibs.security.BrokerGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The messages of a match proposal: to the counterpart brokers, to coordinators, and the introduction. */
@Component
class ProposalNotifications {
    private final Notifier notifier;
    private final Addressees addressees;
    private final ProposalService proposals;
    private final BrokerageCaseService cases;

    ProposalNotifications(Notifier notifier, Addressees addressees, ProposalService proposals,
                          BrokerageCaseService cases) {
        this.notifier = notifier;
        this.addressees = addressees;
        this.proposals = proposals;
        this.cases = cases;
    }

    @EventListener
    void proposalSent(ProposalEvents.Sent sent) {
        tellCounterpart(NotificationKind.BROKER_PROPOSAL_RECEIVED, proposals.find(sent.proposalId()));
    }

    @EventListener
    void reminderDue(ProposalEvents.ReminderDue due) {
        tellCounterpart(NotificationKind.BROKER_PROPOSAL_REMINDER, proposals.find(due.proposalId()));
    }

    @EventListener
    void escalated(ProposalEvents.Escalated escalated) {
        var proposal = proposals.find(escalated.proposalId());
        notifier.toGroup(NotificationKind.COORDINATOR_PROPOSAL_ESCALATED, BrokerGroups.COORDINATORS,
                proposal.getCaseId(), proposal.getHomeCompanyId(), Map.of("caseId", proposal.getCaseId().toString(),
                        "homeRegion", homeRegionOf(proposal), "candidateRegion", proposal.getCandidateRegion()));
    }

    /** Double opt-in complete: each company learns whom to contact at the other. */
    @EventListener
    void introduce(ProposalEvents.ContactsShared shared) {
        var proposal = proposals.find(shared.proposalId());
        var home = addressees.company(proposal.getHomeCompanyId());
        var partner = addressees.company(proposal.getCandidateCompanyId());
        notifier.toContacts(NotificationKind.COMPANY_INTRODUCTION, proposal.getCaseId(), home, partner,
                contactOf(partner));
        notifier.toContacts(NotificationKind.COMPANY_INTRODUCTION, proposal.getCaseId(), partner, home,
                contactOf(home));
    }

    private void tellCounterpart(NotificationKind kind, Proposal proposal) {
        notifier.toGroup(kind, BrokerGroups.of(proposal.getCandidateRegion()), proposal.getCaseId(),
                proposal.getCandidateCompanyId(), Map.of("caseId", proposal.getCaseId().toString(),
                        "homeRegion", homeRegionOf(proposal),
                        "candidateName", addressees.company(proposal.getCandidateCompanyId()).getLegalName()));
    }

    private String homeRegionOf(Proposal proposal) {
        return cases.find(proposal.getCaseId()).getHomeRegion();
    }

    /** The partner's first contact person; a company is registered with at least one. */
    private static Map<String, String> contactOf(Company company) {
        var contact = company.getContacts().get(0);
        return Map.of("partnerContactName", contact.getFullName(), "partnerContactEmail", contact.getEmail());
    }
}
