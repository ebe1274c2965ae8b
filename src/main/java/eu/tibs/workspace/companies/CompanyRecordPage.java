package eu.tibs.workspace.companies;

import java.util.List;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCase;
import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.CompanyService;
import eu.tibs.notification.SentMessages;
import eu.tibs.privacy.ErasureReason;
import eu.tibs.profile.ProfileService;
import eu.tibs.proposal.ProposalService;
import eu.tibs.security.RegionGuard;
import eu.tibs.workspace.cases.CaseTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A company's record on one screen: master data, contact people with their consents, the cooperation profile, and the
 * service history (every case with its timeline, proposals made and received with their outcome, messages sent).
 */
@Controller
class CompanyRecordPage {
    private final CompanyService companies;
    private final ProfileService profiles;
    private final BrokerageCaseService cases;
    private final ProposalService proposals;
    private final SentMessages messages;
    private final CaseTimeline timeline;
    private final RegionGuard guard;

    CompanyRecordPage(CompanyService companies, ProfileService profiles, BrokerageCaseService cases,
                      ProposalService proposals, SentMessages messages, CaseTimeline timeline, RegionGuard guard) {
        this.companies = companies;
        this.profiles = profiles;
        this.cases = cases;
        this.proposals = proposals;
        this.messages = messages;
        this.timeline = timeline;
        this.guard = guard;
    }

    /** One case of the service history with what happened in it. */
    record CaseHistory(BrokerageCase brokerageCase, List<CaseTimeline.Entry> timeline) {
    }

    @GetMapping("/workspace/companies/{id}")
    String show(@PathVariable UUID id, Model model) {
        var company = companies.find(id);
        guard.requireReadableCompany(id, company.getRegionCode());
        model.addAttribute("company", company);
        model.addAttribute("profile", profiles.profilesOf(List.of(id)).stream().findFirst().orElse(null));
        var caseList = cases.casesOf(id);
        var actor = guard.actor();
        model.addAttribute("history", caseList.stream().map(c -> new CaseHistory(c, timeline.of(c.getId()))).toList());
        model.addAttribute("proposals", proposals.involving(id));
        model.addAttribute("messages", messages.about(id));
        model.addAttribute("hasOpenCase", caseList.stream().anyMatch(c -> !c.getStage().isClosed()));
        // The actions answer to the company's home brokers and admins only, as in the API.
        model.addAttribute("mayChange", actor.isAdmin() || actor.brokerRegions().contains(company.getRegionCode()));
        model.addAttribute("erasureReasons", ErasureReason.values());
        return "companies/record";
    }
}
