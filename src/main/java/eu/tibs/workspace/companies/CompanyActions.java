package eu.tibs.workspace.companies;

import java.util.Map;
import java.util.UUID;

import eu.tibs.audit.AuditAction;
import eu.tibs.audit.AuditedAs;
import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.Company;
import eu.tibs.company.CompanyService;
import eu.tibs.privacy.CompanyDataRequests;
import eu.tibs.privacy.ErasureReason;
import eu.tibs.security.RegionGuard;
import eu.tibs.web.ConflictException;
import eu.tibs.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a broker does from a company's record: open a case, record that the company withdrew, export everything held
 * about it, or erase its personal data. Each goes through the same service, and the same rules, as the API.
 */
@Controller
@RequestMapping("/workspace/companies/{id}")
class CompanyActions {
    private static final String NOTICE = "notice";
    private final CompanyService companies;
    private final BrokerageCaseService cases;
    private final CompanyDataRequests dataRequests;
    private final RegionGuard guard;

    CompanyActions(CompanyService companies, BrokerageCaseService cases, CompanyDataRequests dataRequests,
                   RegionGuard guard) {
        this.companies = companies;
        this.cases = cases;
        this.dataRequests = dataRequests;
        this.guard = guard;
    }

    @PostMapping("/cases")
    String openCase(@PathVariable UUID id, RedirectAttributes redirect) {
        changeable(id);
        try {
            return "redirect:/workspace/cases/" + cases.open(id).getId();
        } catch (ConflictException e) {
            redirect.addFlashAttribute(NOTICE, e.getMessage());
            return back(id);
        }
    }

    @PostMapping("/withdrawal")
    @AuditedAs(AuditAction.UPDATE)
    String withdraw(@PathVariable UUID id, @RequestParam String reason, RedirectAttributes redirect) {
        changeable(id);
        var open = cases.casesOf(id).stream().filter(c -> !c.getStage().isClosed()).findFirst();
        try {
            open.ifPresentOrElse(c -> cases.withdraw(c.getId(), reason),
                    () -> redirect.addFlashAttribute(NOTICE, "The company has no open case."));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(NOTICE, "Give the reason the company gave for withdrawing.");
        }
        return back(id);
    }

    @GetMapping("/export")
    @AuditedAs(AuditAction.EXPORT)
    ResponseEntity<Map<String, Object>> export(@PathVariable UUID id) {
        changeable(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"company-" + id + ".json\"").body(dataRequests.export(id));
    }

    @PostMapping("/erasure")
    @AuditedAs(AuditAction.ERASE)
    String erase(@PathVariable UUID id, @RequestParam ErasureReason reason,
                 @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        changeable(id);
        if (!confirmed) {
            redirect.addFlashAttribute(NOTICE, "Tick the confirmation to erase: it cannot be undone.");
            return back(id);
        }
        dataRequests.erase(id, reason, guard.actor().userId());
        redirect.addFlashAttribute(NOTICE, "The company's personal data was erased (" + reason + ").");
        return back(id);
    }

    private Company readable(UUID id) {
        var company = companies.find(id);
        guard.requireReadableCompany(id, company.getRegionCode());
        return company;
    }

    private void changeable(UUID id) {
        guard.requireBrokerOf(readable(id).getRegionCode());
    }

    private static String back(UUID id) {
        return "redirect:/workspace/companies/" + id;
    }
}
