package eu.tibs.proposal;

import java.util.Set;
import java.util.UUID;

import eu.tibs.security.CrossBorderParticipation;
import org.springframework.stereotype.Component;

/**
 * The counterpart's view of the region rule: a proposal's case is readable by the candidate region's brokers once
 * sent; the companies themselves, names and contacts, only after both agreed (double opt-in).
 */
@Component
class ProposalParticipation implements CrossBorderParticipation {
    private final ProposalService proposals;

    ProposalParticipation(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public boolean caseTakesPartWith(UUID caseId, Set<String> regions) {
        return proposals.isCounterpartOf(caseId, regions);
    }

    @Override
    public boolean companyTakesPartWith(UUID companyId, Set<String> regions) {
        return proposals.isMatchedWith(companyId, regions);
    }
}
