package eu.tibs.publicintake;

import java.util.List;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.CompanyFacts;
import eu.tibs.company.CompanyService;
import eu.tibs.company.NewContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's own application: registered and its case opened together, or neither. */
@Service
class PublicApplications {
    private final CompanyService companies;
    private final BrokerageCaseService cases;

    PublicApplications(CompanyService companies, BrokerageCaseService cases) {
        this.companies = companies;
        this.cases = cases;
    }

    @Transactional
    UUID apply(CompanyFacts facts, List<NewContact> contacts) {
        var company = companies.register(facts, contacts);
        return cases.open(company.getId()).getId();
    }
}
