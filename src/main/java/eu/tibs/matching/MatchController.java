package eu.tibs.matching;

import java.util.List;
import java.util.UUID;

import eu.tibs.company.CompanyService;
import eu.tibs.security.RegionGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A company's ranked partner candidates in other countries, each with why it matched. */
@RestController
@Tag(name = "Matching")
class MatchController {
    private final MatchingIndex index;
    private final CompanyService companies;
    private final RegionGuard guard;

    MatchController(MatchingIndex index, CompanyService companies, RegionGuard guard) {
        this.index = index;
        this.companies = companies;
        this.guard = guard;
    }

    @GetMapping("/api/companies/{companyId}/matches")
    @Operation(summary = "Rank companies in other countries for this company, with the weights used and explanations")
    ShortlistView matches(@PathVariable UUID companyId,
                          @RequestParam(defaultValue = "false") boolean includeDeclined) {
        var company = companies.find(companyId);
        guard.requireReadableCompany(companyId, company.getRegionCode());
        return ShortlistView.of(index.shortlistFor(companyId, includeDeclined));
    }

    /** A shortlist as the API shows it. */
    record ShortlistView(UUID companyId, MatchingWeights weights, int candidatesScored, List<CandidateView> candidates) {
        static ShortlistView of(Shortlist shortlist) {
            return new ShortlistView(shortlist.companyId(), shortlist.weights(), shortlist.candidatesScored(),
                    shortlist.candidates().stream().map(CandidateView::of).toList());
        }
    }

    /** One candidate: who, how well, and why, criterion by criterion and as text for a broker. */
    record CandidateView(UUID companyId, String country, String regionCode, double score,
                         List<CriterionScore> criteria, String explanation) {
        static CandidateView of(Candidate candidate) {
            return new CandidateView(candidate.companyId(), candidate.country(), candidate.regionCode(),
                    candidate.score(), candidate.explanation().criteria(), candidate.explanation().render());
        }
    }
}
