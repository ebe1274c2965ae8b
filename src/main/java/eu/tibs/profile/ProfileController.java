package eu.tibs.profile;

import java.util.UUID;

import eu.tibs.company.CompanyService;
import eu.tibs.security.RegionGuard;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A company's cooperation profile: read and record. */
@RestController
@RequestMapping("/api/companies/{companyId}/profile")
@Tag(name = "Cooperation profiles")
class ProfileController {
    private final ProfileService profiles;
    private final CompanyService companies;
    private final RegionGuard guard;

    ProfileController(ProfileService profiles, CompanyService companies, RegionGuard guard) {
        this.profiles = profiles;
        this.companies = companies;
        this.guard = guard;
    }

    @GetMapping
    ProfileView read(@PathVariable UUID companyId) {
        var company = companies.find(companyId);
        guard.requireReadableCompany(companyId, company.getRegionCode());
        return ProfileView.of(profiles.find(companyId));
    }

    @PutMapping
    ProfileView record(@PathVariable UUID companyId, @Valid @RequestBody ProfileRequest request) {
        var company = companies.find(companyId);
        guard.requireReadableCompany(companyId, company.getRegionCode());
        guard.requireBrokerOf(company.getRegionCode());
        return ProfileView.of(profiles.record(companyId, request.toFacts()));
    }
}
