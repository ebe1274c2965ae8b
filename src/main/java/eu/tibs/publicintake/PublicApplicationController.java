package eu.tibs.publicintake;

import java.util.Map;
import java.util.UUID;

import eu.tibs.company.CompanyRequest;
import eu.tibs.web.FieldProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public intake API, open to anyone: a company applies for brokerage. */
@RestController
@Tag(name = "Public intake")
class PublicApplicationController {
    private final PublicApplications applications;

    PublicApplicationController(PublicApplications applications) {
        this.applications = applications;
    }

    @PostMapping(PublicIntakeGate.PUBLIC_API + "applications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Apply for brokerage: the company, a contact person and their consent; a broker reviews it")
    Map<String, Object> apply(@Valid @RequestBody CompanyRequest application) {
        var contacts = application.newContacts();
        var problems = new FieldProblems();
        if (contacts.isEmpty()) {
            problems.add("contacts", "at least one contact person with consent is needed");
        }
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).consentGivenAt() != null) {
                problems.add("contacts[" + i + "].consent.givenAt", "is set by TIBS when the application arrives");
            }
        }
        problems.throwIfAny();
        UUID caseId = applications.apply(application.toFacts(), contacts);
        return Map.of("reference", caseId,
                "message", "Thank you. A broker of your region will review the application and contact you.");
    }
}
