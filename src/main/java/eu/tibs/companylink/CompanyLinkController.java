package eu.tibs.companylink;

import java.time.Clock;
import java.time.Instant;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseStage;
import eu.tibs.company.CompanyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The check behind a company's personal link, open without a login (see the security configuration). It tells only
 * where the case stands, nothing about anyone, so a leaked link leaks no personal data.
 */
@RestController
@Tag(name = "Company links")
class CompanyLinkController {
    private final CompanyLinks links;
    private final BrokerageCaseService cases;
    private final CompanyService companies;
    private final Clock clock;

    CompanyLinkController(CompanyLinks links, BrokerageCaseService cases, CompanyService companies, Clock clock) {
        this.links = links;
        this.cases = cases;
        this.companies = companies;
        this.clock = clock;
    }

    /** What the company page shows for a valid link. */
    record LinkView(CaseStage stage, Instant expiresAt) {
    }

    @GetMapping("/api/company-links/{token}")
    @Operation(summary = "Checks a personal link: 200 while valid, 410 once expired or its company erased, 404 when "
            + "not genuine")
    LinkView check(@PathVariable String token) {
        var link = links.verify(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such link"));
        if (link.isExpiredAt(clock.instant())) {
            throw new ResponseStatusException(HttpStatus.GONE, "This link has expired; ask your broker for a new one");
        }
        if (companies.find(link.companyId()).getErasedAt() != null) {
            throw new ResponseStatusException(HttpStatus.GONE, "This link no longer opens anything");
        }
        return new LinkView(cases.find(link.caseId()).getStage(), link.expiresAt());
    }
}
