package eu.tibs.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import eu.tibs.companylink.CompanyLinks;
import eu.tibs.company.Company;
import eu.tibs.company.ContactPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Turns "tell these people this" into one outbox message per recipient. */
@Component
class Notifier {
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Outbox outbox;
    private final Addressees addressees;
    private final CompanyLinks links;
    private final NotificationSettings settings;

    Notifier(Outbox outbox, Addressees addressees, CompanyLinks links, NotificationSettings settings) {
        this.outbox = outbox;
        this.addressees = addressees;
        this.links = links;
        this.settings = settings;
    }

    /** To every member of a broker or coordinator group, in English, with the Tasklist address. */
    void toGroup(NotificationKind kind, String group, UUID caseId, UUID companyId, Map<String, String> values) {
        var withTasklist = new HashMap<>(values);
        withTasklist.put("tasklistUrl", settings.tasklistUrl());
        var members = addressees.membersOf(group);
        if (members.isEmpty()) {
            log.warn("{} for case {}: group {} has no member with an e-mail address", kind, caseId, group);
        }
        members.forEach(email -> outbox.write(new Message(kind, email, NotificationTemplates.FALLBACK, withTasklist,
                caseId, companyId, null)));
    }

    /**
     * To every contact person of a company, in its region's language, with a personal link into the case. With a
     * partner, the message may name it: {@code partnerName}.
     */
    void toContacts(NotificationKind kind, UUID caseId, Company company, Company partner, Map<String, String> values) {
        var link = links.linkFor(caseId, company.getId());
        for (ContactPerson contact : company.getContacts()) {
            var personal = new HashMap<>(values);
            personal.put("contactName", contact.getFullName());
            personal.put("companyName", company.getLegalName());
            personal.put("link", link);
            if (partner != null) {
                personal.put("partnerName", partner.getLegalName());
            }
            outbox.write(new Message(kind, contact.getEmail(), addressees.languageOf(company), personal, caseId,
                    company.getId(), partner == null ? null : partner.getId()));
        }
    }
}
