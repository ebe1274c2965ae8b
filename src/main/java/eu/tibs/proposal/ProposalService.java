package eu.tibs.proposal;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseWithdrawn;
import eu.tibs.profile.CooperationProfile;
import eu.tibs.profile.ProfileService;
import eu.tibs.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's candidates from shortlist to double opt-in; the match-proposal process drives, this records. */
@Service
@Transactional
public class ProposalService {
    static final int SHORTLIST_SIZE = 5;
    static final String COUNTERPART = "COUNTERPART_COMPANY";
    static final String HOME = "HOME_COMPANY";
    static final String COORDINATOR = "COORDINATOR";

    private final ProposalRepository proposals;
    private final BrokerageCaseService cases;
    private final ProfileService profiles;
    private final CandidateSource candidates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, BrokerageCaseService cases, ProfileService profiles,
                    CandidateSource candidates, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cases = cases;
        this.profiles = profiles;
        this.candidates = candidates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A fresh shortlist for the case, replacing the previous one; companies proposed before in this case, and pairs
     * declined in any case, stay out. Returns the options the shortlist form shows: ids, scores, explanations.
     */
    List<Map<String, String>> shortlist(UUID caseId, boolean widened) {
        var companyId = cases.find(caseId).getCompanyId();
        proposals.findByCaseIdAndStatusIn(caseId, EnumSet.of(ProposalStatus.SHORTLISTED))
                .forEach(old -> old.pick(false, null));
        CooperationProfile profile = profiles.find(companyId);
        Set<UUID> excluded = new HashSet<>(declinedPartnersOf(companyId));
        proposals.findByCaseIdOrderByShortlistedAtAscShortlistRankAsc(caseId).stream()
                .filter(p -> p.getStatus() != ProposalStatus.DISCARDED)
                .forEach(p -> excluded.add(p.getCandidateCompanyId()));
        var found = candidates.shortlist(profile, excluded, widened, SHORTLIST_SIZE);
        var now = clock.instant();
        for (int rank = 0; rank < found.size(); rank++) {
            proposals.save(new Proposal(caseId, companyId, found.get(rank), rank + 1, now));
        }
        proposals.flush();
        return shortlisted(caseId).stream().map(ProposalService::option).toList();
    }

    List<Proposal> shortlisted(UUID caseId) {
        return proposals.findByCaseIdAndStatusOrderByShortlistRank(caseId, ProposalStatus.SHORTLISTED);
    }

    private static Map<String, String> option(Proposal p) {
        return Map.of("value", p.getCandidateCompanyId().toString(), "label", "#" + p.getShortlistRank() + " · "
                + p.getScore() + "/100 · " + p.getCandidateRegion() + " · " + p.getExplanation());
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
        find(proposalId).decline(COUNTERPART, reason, note, clock.instant());
    }

    void declinedByHome(UUID proposalId, DeclineReason reason, String note) {
        find(proposalId).decline(HOME, reason, note, clock.instant());
    }

    /** A coordinator gave up on an overdue proposal: it counts as declined for lack of an answer. */
    void givenUp(UUID proposalId) {
        find(proposalId).decline(COORDINATOR, DeclineReason.NO_ANSWER, null, clock.instant());
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

    @Transactional(readOnly = true)
    public Proposal find(UUID proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    private Set<UUID> declinedPartnersOf(UUID companyId) {
        return proposals.findByHomeCompanyIdOrCandidateCompanyId(companyId, companyId).stream()
                .filter(p -> p.getStatus() == ProposalStatus.DECLINED)
                .map(p -> p.getHomeCompanyId().equals(companyId) ? p.getCandidateCompanyId() : p.getHomeCompanyId())
                .collect(Collectors.toSet());
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
