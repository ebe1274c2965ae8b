package eu.tibs.profile;

import java.util.UUID;

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

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    ProfileView read(@PathVariable UUID companyId) {
        return ProfileView.of(profiles.find(companyId));
    }

    @PutMapping
    ProfileView record(@PathVariable UUID companyId, @Valid @RequestBody ProfileRequest request) {
        return ProfileView.of(profiles.record(companyId, request.toFacts()));
    }
}
