package eu.tibs.privacy;

import java.util.Map;
import java.util.UUID;

import eu.tibs.audit.AuditAction;
import eu.tibs.audit.AuditedAs;
import eu.tibs.company.CompanyService;
import eu.tibs.security.RegionGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's data rights. Answered by the home region's brokers (and admins), who hold the relationship with the
 * company and its people; others get 404 or 403 as for any change to the company.
 */
@RestController
@RequestMapping("/api/companies/{id}")
@Tag(name = "Privacy")
class PrivacyController {
    private final CompanyDataRequests requests;
    private final CompanyService companies;
    private final RegionGuard guard;

    PrivacyController(CompanyDataRequests requests, CompanyService companies, RegionGuard guard) {
        this.requests = requests;
        this.companies = companies;
        this.guard = guard;
    }

    @GetMapping("/export")
    @AuditedAs(AuditAction.EXPORT)
    @Operation(summary = "Everything TIBS holds about a company and its people, as JSON")
    Map<String, Object> export(@PathVariable UUID id) {
        requireHomeBroker(id);
        return requests.export(id);
    }

    @PostMapping("/erasure")
    @AuditedAs(AuditAction.ERASE)
    @Operation(summary = "Erase the personal data of a company's people; open cases are withdrawn, statistics stay")
    ErasureView erase(@PathVariable UUID id, @Valid @RequestBody ErasureRequest request) {
        requireHomeBroker(id);
        return ErasureView.of(requests.erase(id, request.reason(), guard.actor().userId()));
    }

    private void requireHomeBroker(UUID companyId) {
        var company = companies.find(companyId);
        guard.requireReadableCompany(companyId, company.getRegionCode());
        guard.requireBrokerOf(company.getRegionCode());
    }
}
