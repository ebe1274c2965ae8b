package eu.tibs.casefile;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import eu.tibs.company.CompanyService;
import eu.tibs.security.RegionGuard;
import eu.tibs.web.PageView;
import eu.tibs.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Brokerage cases: open one for a company, list and read them. */
@RestController
@Tag(name = "Brokerage cases")
@Validated
class CaseController {
    private final BrokerageCaseService cases;
    private final CompanyService companies;
    private final RegionGuard guard;

    CaseController(BrokerageCaseService cases, CompanyService companies, RegionGuard guard) {
        this.cases = cases;
        this.companies = companies;
        this.guard = guard;
    }

    @PostMapping("/api/companies/{companyId}/cases")
    @Operation(summary = "Open a brokerage case for a company and start its intake review")
    // Tells the API description what ResponseEntity.created answers.
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CaseView> open(@PathVariable UUID companyId) {
        var company = companies.find(companyId);
        guard.requireReadableCompany(companyId, company.getRegionCode());
        guard.requireBrokerOf(company.getRegionCode());
        var opened = cases.open(companyId);
        return ResponseEntity.created(URI.create("/api/cases/" + opened.getId())).body(CaseView.of(opened));
    }

    /** Why the company leaves; told to nobody but the brokers, and erased with the company's data on request. */
    record WithdrawalRequest(String reason) {
    }

    @PostMapping("/api/cases/{id}/withdrawal")
    @Operation(summary = "Record that the company withdrew: open work is cancelled and the case closes as WITHDRAWN")
    CaseView withdraw(@PathVariable UUID id, @RequestBody WithdrawalRequest request) {
        var found = cases.find(id);
        guard.requireReadableCase(id, found.getHomeRegion());
        guard.requireBrokerOf(found.getHomeRegion());
        return CaseView.of(cases.withdraw(id, request.reason()));
    }

    @GetMapping("/api/companies/{companyId}/cases")
    List<CaseView> casesOf(@PathVariable UUID companyId) {
        var company = companies.find(companyId);
        guard.requireReadableCompany(companyId, company.getRegionCode());
        return cases.casesOf(companyId).stream().map(CaseView::of).toList();
    }

    @GetMapping("/api/cases/{id}")
    CaseView read(@PathVariable UUID id) {
        var found = cases.find(id);
        guard.requireReadableCase(id, found.getHomeRegion());
        return CaseView.of(found);
    }

    @GetMapping("/api/cases")
    PageView<CaseView> search(@RequestParam(required = false) List<String> region,
                              @RequestParam(required = false) CaseStage stage,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int pageSize) {
        var found = cases.search(new CaseSearch(guard.listableRegions(region), stage),
                PageRequest.of(page, pageSize, Sort.by(Sort.Direction.DESC, "openedAt")));
        return PageView.of(found, CaseView::of);
    }
}
