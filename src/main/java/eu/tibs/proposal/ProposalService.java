package eu.tibs.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseWithdrawn;
import eu.tibs.matching.DeclineReason;
import eu.tibs.matching.MatchingIndex;
import eu.tibs.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's candidates from shortlist to double opt-in; the match-proposal process drives, this records. */
@Service
@Transactional
public class ProposalService {
    static final String COUNTERPART = "COUNTERPART_COMPANY";
    static final String HOME = "HOME_COMPANY";
    static final String COORDINATOR = "COORDINATOR";

    private final ProposalRepository proposals;
    private final BrokerageCaseService cases;
    private final MatchingIndex matching;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, BrokerageCaseService cases, MatchingIndex matching,
                    ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cases = cases;
        this.matching = matching;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A fresh shortlist from the matching engine, replacing the previous one; pairs declined in any case stay out
     * unless the broker asks for them. Records each candidate with the weights used, and returns the options the
     * shortlist form shows: ids, scores and explanations.
     */
    List<ShortlistOption> shortlist(UUID caseId, boolean includeDeclined) {
        var companyId = cases.find(caseId).getCompanyId();
        proposals.findByCaseIdAndStatusIn(caseId, EnumSet.of(ProposalStatus.SHORTLISTED))
                .forEach(old -> old.pick(false, null));
        var found = matching.shortlistFor(companyId, includeDeclined);
        var now = clock.instant();
        var options = new ArrayList<ShortlistOption>();
        for (var candidate : found.candidates()) {
            int rank = options.size() + 1;
            proposals.save(new Proposal(caseId, companyId, candidate, rank, found.weights(), now));
            options.add(ShortlistOption.of(rank, candidate));
        }
        proposals.flush();
        return options;
    }

    List<Proposal> shortlisted(UUID caseId) {
        return proposals.findByCaseIdAndStatusOrderByShortlistRank(caseId, ProposalStatus.SHORTLISTED);
    }

    /** The home broker's picks, an override of the ranking if they skip better candidates, recorded with who. */
    void pick(UUID caseId, Collection<UUID> picked, String by) {
        shortlisted(caseId).forEach(p -> p.pick(picked.contains(p.getCandidateCompanyId()), by));
    }

    /** Sends the best picked candidate still waiting; empty when every pick has been tried. */
    Optional<Proposal> sendNext(UUID caseId) {
        var next = proposals.findByCaseIdAndStatusOrderByShortlistRank(caseId, ProposalStatus.QUEUED).stream()
                .findFirst();
        next.ifPresent(p -> {
            p.send(clock.instant());
            events.publishEvent(new ProposalEvents.Sent(p.getId()));
        });
        return next;
    }

    void remind(UUID proposalId) {
        find(proposalId).remind(clock.instant());
        events.publishEvent(new ProposalEvents.ReminderDue(proposalId));
    }

    void escalate(UUID proposalId) {
        find(proposalId).escalate(clock.instant());
        events.publishEvent(new ProposalEvents.Escalated(proposalId));
    }

    void counterpartAgreed(UUID proposalId) {
        find(proposalId).counterpartAgreed(clock.instant());
    }

    void declinedByCounterpart(UUID proposalId, DeclineReason reason, String note) {
        decline(proposalId, COUNTERPART, reason, note);
    }

    void declinedByHome(UUID proposalId, DeclineReason reason, String note) {
        decline(proposalId, HOME, reason, note);
    }

    /** A coordinator gave up on an overdue proposal: it counts as declined for lack of an answer. */
    void givenUp(UUID proposalId) {
        decline(proposalId, COORDINATOR, DeclineReason.NO_ANSWER, null);
    }

    /** Whoever declined, matching learns it for the home company: the pair stays out, similar candidates go down. */
    private void decline(UUID proposalId, String party, DeclineReason reason, String note) {
        var proposal = find(proposalId);
        proposal.decline(party, reason, note, clock.instant());
        matching.recordDecline(proposal.getHomeCompanyId(), proposal.getCandidateCompanyId(), reason);
    }

    /** Double opt-in complete: from now on each side's brokers may read the other company. */
    void shareContacts(UUID proposalId) {
        find(proposalId).match();
        events.publishEvent(new ProposalEvents.ContactsShared(proposalId));
    }

    @EventListener
    void cancelOpenWork(CaseWithdrawn withdrawn) {
        proposals.findByCaseIdAndStatusIn(withdrawn.caseId(), ProposalStatus.OPEN).forEach(Proposal::cancel);
    }

    @Transactional(readOnly = true)
    public List<Proposal> ofCase(UUID caseId) {
        return proposals.findByCaseIdOrderByShortlistedAtAscShortlistRankAsc(caseId);
    }

    /** Every proposal the company made or received, for its service history. */
    @Transactional(readOnly = true)
    public List<Proposal> involving(UUID companyId) {
        return proposals.findByHomeCompanyIdOrCandidateCompanyId(companyId, companyId);
    }

    @Transactional(readOnly = true)
    public Proposal find(UUID proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    /** Whether brokers of these regions answer or answered a proposal of this case. */
    boolean isCounterpartOf(UUID caseId, Set<String> regions) {
        return !regions.isEmpty() && proposals.existsByCaseIdAndCandidateRegionInAndStatusIn(caseId, regions,
                ProposalStatus.WITH_COUNTERPART);
    }

    /** Whether a company was matched, double opt-in complete, with a company of these regions. */
    boolean isMatchedWith(UUID companyId, Set<String> regions) {
        return proposals.findByHomeCompanyIdOrCandidateCompanyId(companyId, companyId).stream()
                .filter(p -> p.getStatus() == ProposalStatus.MATCHED)
                .anyMatch(p -> regions.contains(p.getCandidateRegion())
                        || regions.contains(cases.find(p.getCaseId()).getHomeRegion()));
    }
}
