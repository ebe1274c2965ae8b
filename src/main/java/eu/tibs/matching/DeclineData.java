package eu.tibs.matching;

import java.util.List;
import java.util.UUID;

import eu.tibs.privacy.CompanyDataContributor;
import org.springframework.stereotype.Component;

/** The declines matching learned from: part of a company's data export and erasure. */
@Component
class DeclineData implements CompanyDataContributor {
    private final DeclineRecords declines;

    DeclineData(DeclineRecords declines) {
        this.declines = declines;
    }

    @Override
    public String section() {
        return "matchingDeclines";
    }

    @Override
    public List<PastDecline> export(UUID companyId) {
        return declines.of(companyId);
    }

    @Override
    public void erase(UUID companyId) {
        declines.eraseTermsOf(companyId);
    }
}
