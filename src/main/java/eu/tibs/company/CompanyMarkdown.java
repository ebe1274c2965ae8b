package eu.tibs.company;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.tibs.process.MarkdownText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A company's master data and contact people as its home broker's forms show them, every text escaped. */
@Component
public class CompanyMarkdown {
    private final CompanyService companies;

    CompanyMarkdown(CompanyService companies) {
        this.companies = companies;
    }

    @Transactional(readOnly = true)
    public String masterData(UUID companyId) {
        var company = companies.find(companyId);
        var text = new StringBuilder()
                .append("**").append(MarkdownText.escape(company.getLegalName())).append("**  \n")
                .append("- **Registry id:** ").append(MarkdownText.escape(company.getRegistryId())).append('\n')
                .append("- **Country, region:** ").append(MarkdownText.escape(company.getCountry() + ", "
                        + company.getRegionCode())).append('\n')
                .append("- **Size, type, founded:** ").append(company.getSizeClass()).append(", ")
                .append(company.getOrganisationType()).append(", ").append(company.getYearFounded()).append('\n')
                .append("- **NACE:** ").append(list(company.getNaceCodes())).append('\n')
                .append("- **Languages:** ").append(list(company.getLanguages())).append('\n')
                .append("- **Website:** ").append(MarkdownText.escape(company.getWebsite())).append('\n');
        for (ContactPerson contact : company.getContacts()) {
            text.append("- **Contact:** ").append(MarkdownText.escape(Stream.of(contact.getFullName(),
                    contact.getJobTitle(), contact.getEmail(), contact.getPhone())
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · ")))).append('\n');
        }
        return text.toString();
    }

    private static String list(Collection<String> codes) {
        return MarkdownText.escape(String.join(", ", codes.stream().sorted().toList()));
    }
}
