package eu.tibs.workspace.companies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.tibs.reference.NaceActivity;
import eu.tibs.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finds NACE activities by the words of their titles ("dairy", "laser cutting"), so that brokers never type a code.
 * htmx replaces the picker's options with the activities chosen so far and those found.
 */
@Controller
class NacePicker {
    private static final int FOUND = 15;
    private final ReferenceData referenceData;

    NacePicker(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** One option: a code and its title. */
    record Option(String code, String title) {
    }

    @GetMapping("/workspace/companies/nace-options")
    String options(@RequestParam(defaultValue = "") String naceQuery,
                   @RequestParam(required = false) List<String> naceCodes, Model model) {
        var chosen = naceCodes == null ? List.<String>of() : naceCodes;
        model.addAttribute("chosenNace", describe(chosen));
        model.addAttribute("foundNace", naceQuery.isBlank() ? List.of() : referenceData
                .naceActivities(null, naceQuery, FOUND).stream()
                .filter(activity -> ReferenceData.COMPANY_NACE_LEVELS.contains(activity.getLevel()))
                .filter(activity -> !chosen.contains(activity.getCode()))
                .map(NacePicker::option).toList());
        return "companies/form :: naceOptions";
    }

    /** The chosen codes with their titles; a code that is not an activity keeps its place, to be shown as wrong. */
    List<Option> describe(Collection<String> codes) {
        Map<String, Option> options = new LinkedHashMap<>();
        codes.forEach(code -> options.put(code, new Option(code, "")));
        referenceData.naceActivities(codes).forEach(activity -> options.put(activity.getCode(), option(activity)));
        return new ArrayList<>(options.values());
    }

    private static Option option(NaceActivity activity) {
        return new Option(activity.getCode(), activity.getTitle());
    }
}
