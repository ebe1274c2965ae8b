package eu.tibs.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.tibs.company.Company;
import eu.tibs.company.CompanyService;
import eu.tibs.proposal.Proposal;
import eu.tibs.proposal.ProposalService;
import eu.tibs.proposal.ProposalStatus;
import eu.tibs.reference.ReferenceData;
import eu.tibs.reference.Region;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/** Who receives a message: the members of a Camunda group, the companies of a case, and their languages. */
@Component
class Addressees {
    private final CommandExecutor commands;
    private final CompanyService companies;
    private final ProposalService proposals;
    private final ReferenceData referenceData;

    Addressees(ProcessEngine engine, CompanyService companies, ProposalService proposals, ReferenceData referenceData) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.companies = companies;
        this.proposals = proposals;
        this.referenceData = referenceData;
    }

    /**
     * The e-mail addresses of a group's members. Read without authorization checks: the step that causes a message
     * often runs as a broker, who may not list other users.
     */
    List<String> membersOf(String group) {
        return commands.execute(context -> {
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return context.getReadOnlyIdentityProvider().createUserQuery(context).memberOfGroup(group).list()
                        .stream().map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList();
            } finally {
                // The command may be the caller's own, which may have had the checks off already.
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }

    Company company(UUID companyId) {
        return companies.find(companyId);
    }

    /** The partner company a case was matched with, once both said yes. */
    Optional<Company> partnerOf(UUID caseId) {
        return proposals.ofCase(caseId).stream().filter(p -> p.getStatus() == ProposalStatus.MATCHED)
                .map(Proposal::getCandidateCompanyId).findFirst().map(companies::find);
    }

    /** The language of the company's region; the templates fall back to English where they lack it. */
    String languageOf(Company company) {
        return referenceData.region(company.getRegionCode()).map(Region::getLanguage)
                .orElse(NotificationTemplates.FALLBACK);
    }
}
