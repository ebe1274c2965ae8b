package eu.tibs.proposal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {
    List<Proposal> findByCaseIdOrderByShortlistedAtAscShortlistRankAsc(UUID caseId);

    List<Proposal> findByCaseIdAndStatusOrderByShortlistRank(UUID caseId, ProposalStatus status);

    List<Proposal> findByCaseIdAndStatusIn(UUID caseId, Collection<ProposalStatus> statuses);

    List<Proposal> findByHomeCompanyIdOrCandidateCompanyId(UUID homeCompanyId, UUID candidateCompanyId);

    boolean existsByCaseIdAndCandidateRegionInAndStatusIn(UUID caseId, Collection<String> regions,
                                                          Collection<ProposalStatus> statuses);
}
