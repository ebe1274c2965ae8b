package eu.tibs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.tibs.company.CompanyService;
import eu.tibs.profile.ProfileService;
import eu.tibs.security.BrokerGroups;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo users and companies on the default profile only. What exists already is left alone, so a restart
 * duplicates nothing and a demo user's changed password survives.
 */
@Component
@Profile("default")
class DemoData {
    /** Every demo user's password; README lists them. Only ever used on the default (demo) profile. */
    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final List<DemoUser> USERS = List.of(
            new DemoUser("anna.kowalska", "Anna", "Kowalska", List.of(BrokerGroups.of("PL-PODLASKIE"))),
            new DemoUser("jonas.petraitis", "Jonas", "Petraitis", List.of(BrokerGroups.of("LT-KAUNAS"))),
            new DemoUser("liga.berzina", "Liga", "Berzina", List.of(BrokerGroups.of("LV-VIDZEME"))),
            new DemoUser("mari.tamm", "Mari", "Tamm", List.of(BrokerGroups.of("EE-SOUTH"))),
            new DemoUser("mads.jensen", "Mads", "Jensen", List.of(BrokerGroups.of("DK-SOUTHERN"))),
            new DemoUser("lena.schmidt", "Lena", "Schmidt", List.of(BrokerGroups.of("DE-HAMBURG"))),
            new DemoUser("aino.virtanen", "Aino", "Virtanen", List.of(BrokerGroups.of("FI-KOUVOLA"))),
            new DemoUser("carla.coordinator", "Carla", "Lindqvist", List.of(BrokerGroups.COORDINATORS)),
            new DemoUser("peter.lead", "Peter", "Brandt", List.of(BrokerGroups.PROJECT_LEADS)),
            new DemoUser("admin", "Ada", "Admin", List.of(BrokerGroups.ADMINS)));

    private final IdentityService identity;
    private final CompanyService companies;
    private final ProfileService profiles;
    private final ObjectMapper json;

    DemoData(IdentityService identity, CompanyService companies, ProfileService profiles, ObjectMapper json) {
        this.identity = identity;
        this.companies = companies;
        this.profiles = profiles;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() throws IOException {
        USERS.forEach(this::ensureUser);
        int added = 0;
        for (DemoCompany demo : readCompanies()) {
            var facts = demo.company();
            if (!companies.isRegistered(facts.country(), facts.registryId())) {
                var company = companies.register(facts, demo.contacts());
                profiles.record(company.getId(), demo.profile());
                added++;
            }
        }
        log.info("Demo data ready: {} users, {} companies added", USERS.size(), added);
    }

    private void ensureUser(DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        var user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@tibs.example");
        user.setPassword(DEMO_PASSWORD);
        identity.saveUser(user);
        demo.groups().forEach(group -> identity.createMembership(demo.id(), group));
    }

    private List<DemoCompany> readCompanies() throws IOException {
        try (InputStream in = new ClassPathResource("demo/companies.json").getInputStream()) {
            return json.readValue(in, new TypeReference<>() { });
        }
    }
}
