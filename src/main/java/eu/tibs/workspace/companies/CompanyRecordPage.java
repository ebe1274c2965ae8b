package eu.tibs.workspace.companies;

import java.util.List;
import java.util.UUID;

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
    record CaseHistory(eu.tibs.casefile.BrokerageCase brokerageCase, List<CaseTimeline.Entry> timeline) {
    }

    @GetMapping("/workspace/companies/{id}")
    String show(@PathVariable UUID id, Model model) {
        var company = companies.find(id);
        guard.requireReadableCompany(id, company.getRegionCode());
        model.addAttribute("company", company);
        model.addAttribute("profile", profiles.profilesOf(List.of(id)).stream().findFirst().orElse(null));
        model.addAttribute("history", cases.casesOf(id).stream()
                .map(c -> new CaseHistory(c, timeline.of(c.getId()))).toList());
        model.addAttribute("proposals", proposals.involving(id));
        model.addAttribute("messages", messages.about(id));
        model.addAttribute("hasOpenCase", cases.casesOf(id).stream().anyMatch(c -> !c.getStage().isClosed()));
        model.addAttribute("erasureReasons", ErasureReason.values());
        return "companies/record";
    }
}
