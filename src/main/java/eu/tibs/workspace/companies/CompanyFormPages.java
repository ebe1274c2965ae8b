package eu.tibs.workspace.companies;

import java.util.UUID;
import java.util.function.Function;

import eu.tibs.audit.AuditAction;
import eu.tibs.audit.AuditedAs;
import eu.tibs.company.Company;
import eu.tibs.company.CompanyRequest;
import eu.tibs.company.CompanyService;
import eu.tibs.reference.ReferenceData;
import eu.tibs.reference.Region;
import eu.tibs.security.RegionGuard;
import eu.tibs.web.ConflictException;
import eu.tibs.web.InvalidInputException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Registering and correcting a company. The form is checked on the server by the API's own rules, and every problem
 * is shown at its field.
 */
@Controller
@RequestMapping("/workspace/companies")
class CompanyFormPages {
    private static final String FORM = "companies/form";
    private final CompanyService companies;
    private final ReferenceData referenceData;
    private final RegionGuard guard;
    private final Validator validator;
    private final NacePicker nace;

    CompanyFormPages(CompanyService companies, ReferenceData referenceData, RegionGuard guard, Validator validator,
                     NacePicker nace) {
        this.companies = companies;
        this.referenceData = referenceData;
        this.guard = guard;
        this.validator = validator;
        this.nace = nace;
    }

    @GetMapping("/new")
    String blank(Model model) {
        return form(model, new CompanyForm(), null);
    }

    @PostMapping
    String register(@ModelAttribute("company") CompanyForm form, BindingResult errors, Model model) {
        return save(form, errors, model, null, request -> companies.register(request.toFacts(), request.newContacts()));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var company = readable(id);
        guard.requireBrokerOf(company.getRegionCode());
        return form(model, CompanyForm.of(company), id);
    }

    @PostMapping("/{id}")
    @AuditedAs(AuditAction.UPDATE)
    String correct(@PathVariable UUID id, @ModelAttribute("company") CompanyForm form, BindingResult errors,
                   Model model) {
        guard.requireBrokerOf(readable(id).getRegionCode());
        return save(form, errors, model, id, request -> companies.correct(id, request.toFacts()));
    }

    private String save(CompanyForm form, BindingResult errors, Model model, UUID id,
                        Function<CompanyRequest, Company> action) {
        String country = referenceData.region(form.getRegionCode()).map(Region::getCountry).orElse(null);
        var request = form.toRequest(country, id == null);
        validator.validate(request).forEach(violation -> errors.rejectValue(
                CompanyForm.fieldOf(violation.getPropertyPath().toString()), "invalid", violation.getMessage()));
        var listable = guard.listableRegions(null);
        if (form.getRegionCode() != null && listable != null && !listable.contains(form.getRegionCode())) {
            errors.rejectValue("regionCode", "foreign", "you register companies of your own region only");
        }
        if (!errors.hasErrors()) {
            try {
                return "redirect:/workspace/companies/" + action.apply(request).getId();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(CompanyForm.fieldOf(p.field()), "invalid", p.message()));
            } catch (ConflictException e) {
                errors.rejectValue("registryId", "duplicate", e.getMessage());
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, CompanyForm form, UUID id) {
        var listable = guard.listableRegions(null);
        model.addAttribute("company", form);
        model.addAttribute("companyId", id);
        model.addAttribute("regions", referenceData.regions().stream()
                .filter(region -> listable == null || listable.contains(region.getCode())).toList());
        model.addAttribute("chosenNace", nace.describe(form.getNaceCodes()));
        model.addAttribute("consentTextVersion", CompanyForm.CONSENT_TEXT_VERSION);
        return FORM;
    }

    private Company readable(UUID id) {
        var company = companies.find(id);
        guard.requireReadableCompany(id, company.getRegionCode());
        return company;
    }
}
