package eu.tibs.company;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import eu.tibs.reference.ReferenceData;
import eu.tibs.web.ConflictException;
import eu.tibs.web.FieldProblems;
import eu.tibs.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and corrects companies, enforcing the rules that forms alone cannot. */
@Service
@Transactional
public class CompanyService {
    private final CompanyRepository companies;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CompanyLines lines;

    CompanyService(CompanyRepository companies, ReferenceData referenceData, Clock clock,
                   ApplicationEventPublisher events, CompanyLines lines) {
        this.companies = companies;
        this.lines = lines;
        this.referenceData = referenceData;
        this.clock = clock;
        this.events = events;
    }

    public Company register(CompanyFacts facts, List<NewContact> contacts) {
        Instant now = clock.instant();
        var problems = new FieldProblems();
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).consentGivenAt() != null && contacts.get(i).consentGivenAt().isAfter(now)) {
                problems.add("contacts[" + i + "].consent.givenAt", "must not be in the future");
            }
        }
        var normalised = check(facts, problems);
        rejectDuplicate(normalised, null);
        var company = new Company(normalised, now);
        for (NewContact contact : contacts) {
            company.addContact(contact.fullName(), contact.email(), contact.phone(), contact.jobTitle())
                    .recordConsent(new Consent(contact.consentPurpose(), contact.consentTextVersion(),
                            contact.consentGivenAt() == null ? now : contact.consentGivenAt()));
        }
        return companies.saveAndFlush(company);
    }

    public Company correct(UUID id, CompanyFacts facts) {
        var company = find(id);
        if (company.getErasedAt() != null) {
            throw new ConflictException("Company " + id + " was erased on request; register it anew instead.");
        }
        var normalised = check(facts, new FieldProblems());
        rejectDuplicate(normalised, id);
        company.update(normalised, clock.instant());
        var corrected = companies.saveAndFlush(company);
        events.publishEvent(new CompanyCorrected(id));
        return corrected;
    }

    @Transactional(readOnly = true)
    public Company find(UUID id) {
        return companies.findById(id).orElseThrow(() -> new NotFoundException("Company", id));
    }

    /** These companies, for a list that names them; ids of none are left out. */
    @Transactional(readOnly = true)
    public List<Company> findAll(Collection<UUID> ids) {
        return companies.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(String country, String registryId) {
        return companies.findByCountryAndRegistryId(country, RegistryIds.normalise(registryId)).isPresent();
    }

    /** A page of the companies the search matches, for a list that shows names, regions and NACE codes. */
    @Transactional(readOnly = true)
    public Page<CompanyLine> searchLines(CompanySearch search, Pageable page) {
        return lines.search(search, page);
    }

    @Transactional(readOnly = true)
    public Page<Company> search(CompanySearch search, Pageable page) {
        return companies.findAll(search.toSpecification(), page);
    }

    private CompanyFacts check(CompanyFacts facts, FieldProblems problems) {
        referenceData.region(facts.regionCode()).ifPresentOrElse(
                region -> {
                    if (!region.getCountry().equals(facts.country())) {
                        problems.add("country", "region " + region.getCode() + " lies in " + region.getCountry()
                                + ", not in " + facts.country());
                    }
                },
                () -> problems.add("regionCode", "unknown region: " + facts.regionCode()));
        problems.unknownCodes("naceCodes", referenceData.unknownNaceCodes(facts.naceCodes()),
                "NACE division, group or class");
        problems.unknownCodes("languages", referenceData.unknownLanguages(facts.languages()), "language");
        if (facts.yearFounded() > Year.now(clock).getValue()) {
            problems.add("yearFounded", "must not be in the future");
        }
        problems.throwIfAny();
        return new CompanyFacts(facts.legalName().strip(), RegistryIds.normalise(facts.registryId()),
                facts.country(), facts.regionCode(), facts.sizeClass(), facts.organisationType(),
                facts.yearFounded(), facts.website(), facts.naceCodes(), facts.languages());
    }

    private void rejectDuplicate(CompanyFacts facts, UUID self) {
        companies.findByCountryAndRegistryId(facts.country(), facts.registryId())
                .filter(existing -> !existing.getId().equals(self))
                .ifPresent(existing -> {
                    throw new ConflictException("A company with registry id " + facts.registryId() + " in "
                            + facts.country() + " is registered already.");
                });
    }
}
