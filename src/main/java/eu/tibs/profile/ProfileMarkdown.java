package eu.tibs.profile;

import java.util.Collection;
import java.util.UUID;

import eu.tibs.company.CompanyService;
import eu.tibs.process.MarkdownText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's cooperation profile as a form's markdown shows it, without name, registry id, website or contacts, so
 * that it can go to another region's broker before double opt-in. Everything the company wrote is escaped.
 */
@Component
public class ProfileMarkdown {
    private final CompanyService companies;
    private final CooperationProfileRepository profiles;

    ProfileMarkdown(CompanyService companies, CooperationProfileRepository profiles) {
        this.companies = companies;
        this.profiles = profiles;
    }

    /** The anonymised profile: region, size and NACE codes, then the cooperation profile. */
    @Transactional(readOnly = true)
    public String anonymised(UUID companyId) {
        var company = companies.find(companyId);
        return "- **Region:** " + MarkdownText.escape(company.getRegionCode()) + "\n"
                + "- **Size:** " + company.getSizeClass() + "\n"
                + "- **NACE:** " + codes(company.getNaceCodes()) + "\n" + profile(companyId);
    }

    /** The cooperation profile alone: what the company needs and offers, and its partner wishes. */
    @Transactional(readOnly = true)
    public String profile(UUID companyId) {
        var text = new StringBuilder();
        profiles.findById(companyId).ifPresentOrElse(profile -> describe(profile, text),
                () -> text.append("- No cooperation profile yet.\n"));
        return text.toString();
    }

    private static void describe(CooperationProfile profile, StringBuilder text) {
        text.append("- **Readiness:** ").append(profile.getReadiness()).append('\n')
                .append("- **S3 domains:** ").append(codes(profile.getS3Domains())).append('\n')
                .append("- **Cooperation types:** ").append(codes(profile.getCooperationTypes())).append('\n')
                .append("- **Target countries:** ").append(codes(profile.getTargetCountries())).append('\n');
        for (ValueChainEntry entry : profile.getValueChain()) {
            text.append("\n**").append(MarkdownText.escape(entry.component())).append("** (state ")
                    .append(entry.state()).append(")\n");
            line(text, "Needs", entry.needKeywords(), entry.needText());
            line(text, "Offers", entry.offerKeywords(), entry.offerText());
        }
    }

    private static void line(StringBuilder text, String side, Collection<String> keywords, String freeText) {
        if (!keywords.isEmpty() || freeText != null && !freeText.isBlank()) {
            text.append("- ").append(side).append(": ").append(codes(keywords));
            if (freeText != null && !freeText.isBlank()) {
                text.append(" · ").append(MarkdownText.escape(freeText.replace('\n', ' ')));
            }
            text.append('\n');
        }
    }

    private static String codes(Collection<String> codes) {
        return codes.isEmpty() ? "none" : MarkdownText.escape(String.join(", ", codes.stream().sorted().toList()));
    }
}
