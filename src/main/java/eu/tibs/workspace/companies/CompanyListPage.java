package eu.tibs.workspace.companies;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.tibs.casefile.BrokerageCase;
import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.CompanyLine;
import eu.tibs.company.CompanySearch;
import eu.tibs.company.CompanyService;
import eu.tibs.profile.CooperationProfile;
import eu.tibs.profile.ProfileService;
import eu.tibs.reference.ReferenceData;
import eu.tibs.security.RegionGuard;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The companies of the caller's regions, a page at a time, searchable by name or registry id, region and NACE code.
 * Each line says whether the company has a profile and an open case: two more queries for the page, not per line.
 */
@Controller
class CompanyListPage {
    static final int PAGE_SIZE = 25;
    private final CompanyService companies;
    private final ProfileService profiles;
    private final BrokerageCaseService cases;
    private final ReferenceData referenceData;
    private final RegionGuard guard;

    CompanyListPage(CompanyService companies, ProfileService profiles, BrokerageCaseService cases,
                    ReferenceData referenceData, RegionGuard guard) {
        this.companies = companies;
        this.profiles = profiles;
        this.cases = cases;
        this.referenceData = referenceData;
        this.guard = guard;
    }

    /** One line of the list. */
    record Row(CompanyLine company, CooperationProfile profile, BrokerageCase openCase) {
        public Set<String> s3Domains() {
            return profile == null ? Set.of() : profile.getS3Domains();
        }
    }

    @GetMapping("/workspace/companies")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) String nace, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var regions = guard.listableRegions(region == null || region.isBlank() ? null : List.of(region));
        var found = companies.searchLines(new CompanySearch(q, regions, null, nace, null),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("legalName", "id")));
        List<UUID> ids = found.map(CompanyLine::id).getContent();
        Map<UUID, CooperationProfile> profileOf = profiles.profilesOf(ids).stream()
                .collect(Collectors.toMap(CooperationProfile::getCompanyId, Function.identity()));
        Map<UUID, BrokerageCase> caseOf = cases.openCasesOf(ids).stream()
                .collect(Collectors.toMap(BrokerageCase::getCompanyId, Function.identity()));
        model.addAttribute("rows", found.map(c -> new Row(c, profileOf.get(c.id()), caseOf.get(c.id()))));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("nace", nace);
        var listable = guard.listableRegions(null);
        model.addAttribute("regions", referenceData.regions().stream()
                .filter(r -> listable == null || listable.contains(r.getCode())).toList());
        // htmx asks for the results only when the search changes; a full request gets the whole page.
        return htmx == null ? "companies/list" : "companies/list :: results";
    }
}
