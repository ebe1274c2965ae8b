package eu.tibs.company;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import eu.tibs.security.RegionGuard;
import eu.tibs.web.FieldProblems;
import eu.tibs.web.PageView;
import eu.tibs.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Companies: list, search, read, register and correct. */
@RestController
@RequestMapping("/api/companies")
@Tag(name = "Companies")
@Validated
class CompanyController {
    private final CompanyService companies;
    private final RegionGuard guard;

    CompanyController(CompanyService companies, RegionGuard guard) {
        this.companies = companies;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "List companies, filtered by name or registry id, region, country, NACE code prefix, size")
    PageView<CompanySummary> search(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) List<String> region,
                                    @RequestParam(required = false) String country,
                                    @RequestParam(required = false) String nace,
                                    @RequestParam(required = false) SizeClass size,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int pageSize) {
        var found = companies.search(new CompanySearch(q, guard.listableRegions(region), country, nace, size),
                PageRequest.of(page, pageSize, Sort.by("legalName")));
        return PageView.of(found, CompanySummary::of);
    }

    @GetMapping("/{id}")
    CompanyView read(@PathVariable UUID id) {
        var company = companies.find(id);
        guard.requireReadableCompany(id, company.getRegionCode());
        return CompanyView.of(company);
    }

    @PostMapping
    @Operation(summary = "Register a company with at least one contact person and their consent")
    // Tells the API description what ResponseEntity.created answers.
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CompanyView> register(@Valid @RequestBody CompanyRequest request) {
        guard.requireBrokerOf(request.regionCode());
        if (request.newContacts().isEmpty()) {
            new FieldProblems().add("contacts", "at least one contact person with consent is needed").throwIfAny();
        }
        var company = companies.register(request.toFacts(), request.newContacts());
        return ResponseEntity.created(URI.create("/api/companies/" + company.getId())).body(CompanyView.of(company));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a company's data; contact people are not changed here")
    CompanyView correct(@PathVariable UUID id, @Valid @RequestBody CompanyRequest request) {
        var company = companies.find(id);
        guard.requireReadableCompany(id, company.getRegionCode());
        guard.requireBrokerOf(company.getRegionCode());
        guard.requireBrokerOf(request.regionCode());
        if (!request.newContacts().isEmpty()) {
            new FieldProblems().add("contacts", "contact people are not changed by this request").throwIfAny();
        }
        return CompanyView.of(companies.correct(id, request.toFacts()));
    }
}
