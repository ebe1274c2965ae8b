package eu.tibs.workspace.cases;

import java.util.List;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.CompanyService;
import eu.tibs.profile.ProfileService;
import eu.tibs.proposal.ProposalService;
import eu.tibs.security.RegionGuard;
import eu.tibs.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case: its company, stage and dates, the timeline, its proposals and the open task with a link into Tasklist.
 * A broker of a region the case proposed a partner to sees the counterpart view instead: the company's profile
 * without its name, and the proposals to their own region with their explanations; names only after double opt-in.
 */
@Controller
class CasePage {
    private final BrokerageCaseService cases;
    private final CompanyService companies;
    private final ProfileService profiles;
    private final ProposalService proposals;
    private final CaseTimeline timeline;
    private final RegionGuard guard;

    CasePage(BrokerageCaseService cases, CompanyService companies, ProfileService profiles, ProposalService proposals,
             CaseTimeline timeline, RegionGuard guard) {
        this.cases = cases;
        this.companies = companies;
        this.profiles = profiles;
        this.proposals = proposals;
        this.timeline = timeline;
        this.guard = guard;
    }

    @GetMapping("/workspace/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        var brokerageCase = cases.find(id);
        guard.requireReadableCase(id, brokerageCase.getHomeRegion());
        var company = companies.find(brokerageCase.getCompanyId());
        var actor = guard.actor();
        var regions = actor.brokerRegions();
        boolean home = actor.readsEveryRegion() || regions.contains(brokerageCase.getHomeRegion());
        model.addAttribute("brokerageCase", brokerageCase);
        model.addAttribute("home", home);
        model.addAttribute("company", home || readsCompany(company.getId(), company.getRegionCode()) ? company : null);
        model.addAttribute("profile", profiles.profilesOf(List.of(company.getId())).stream().findFirst().orElse(null));
        model.addAttribute("proposals", proposals.ofCase(id).stream()
                .filter(p -> home || regions.contains(p.getCandidateRegion())).toList());
        model.addAttribute("timeline", home ? timeline.of(id) : List.of());
        model.addAttribute("openTask", timeline.openTaskByCase(List.of(id.toString())).get(id.toString()));
        model.addAttribute("regionFilter", timeline.regionFilterId());
        return "cases/page";
    }

    private boolean readsCompany(UUID companyId, String region) {
        try {
            guard.requireReadableCompany(companyId, region);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
