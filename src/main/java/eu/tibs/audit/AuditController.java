package eu.tibs.audit;

import java.time.Instant;
import java.util.UUID;

import eu.tibs.web.PageView;
import eu.tibs.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for coordinators (access is decided in the security configuration), newest first. */
@RestController
@RequestMapping(AuditController.PATH)
@Tag(name = "Audit trail")
@Validated
class AuditController {
    static final String PATH = "/api/audit";

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Who read or changed which company, profile or case, and when; 'to' is exclusive")
    PageView<AuditEntryView> search(@RequestParam(required = false) UUID subjectId,
                                    @RequestParam(required = false) String userId,
                                    @RequestParam(required = false) String region,
                                    @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int pageSize) {
        var found = trail.search(new AuditSearch(subjectId, userId, region, from, to),
                PageRequest.of(page, pageSize, Sort.by(Sort.Direction.DESC, "occurredAt")));
        return PageView.of(found, AuditEntryView::of);
    }
}
