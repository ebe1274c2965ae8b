package eu.tibs.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for registering companies through the API, each with a registry id of its own. */
public final class Companies {
    private static final AtomicInteger SEQUENCE = new AtomicInteger(900_000);

    private Companies() {
    }

    /** A Podlaskie dairy that seeks a distributor abroad. */
    public static Map<String, Object> podlaskieDairy() {
        return company("Podlaskie Test Dairy Sp. z o.o.", "PL", "PL-PODLASKIE", "10.51", "pl");
    }

    /** A Hamburg software house. */
    public static Map<String, Object> hamburgSoftwareHouse() {
        return company("Hamburg Test Software GmbH", "DE", "DE-HAMBURG", "62.01", "de");
    }

    /** The company with this one contact person instead of the fixture's. */
    public static Map<String, Object> withContact(Map<String, Object> company, String fullName, String email) {
        @SuppressWarnings("unchecked")
        var contact = new HashMap<>(((List<Map<String, Object>>) company.get("contacts")).get(0));
        contact.put("fullName", fullName);
        contact.put("email", email);
        company.put("contacts", List.of(contact));
        return company;
    }

    private static Map<String, Object> company(String name, String country, String region, String nace,
                                               String language) {
        var body = new HashMap<String, Object>();
        body.put("legalName", name);
        body.put("registryId", country + SEQUENCE.incrementAndGet());
        body.put("country", country);
        body.put("regionCode", region);
        body.put("sizeClass", "SMALL");
        body.put("organisationType", "COMPANY");
        body.put("yearFounded", 2010);
        body.put("website", "https://example.com");
        body.put("naceCodes", List.of(nace));
        body.put("languages", List.of(language, "en"));
        body.put("contacts", List.of(new HashMap<>(Map.of(
                "fullName", "Test Person",
                "email", "test.person@example.com",
                "jobTitle", "CEO",
                "consent", Map.of("purpose", "BROKERAGE", "textVersion", "2026-01")))));
        return body;
    }

    /** A cooperation profile body: a distributor is needed, cheese is offered. */
    public static Map<String, Object> dairyProfile() {
        return new HashMap<>(Map.of(
                "readiness", 4,
                "valueChain", List.of(
                        Map.of("component", "MARKETING-SALES", "state", 2,
                                "needKeywords", List.of("export distributor"), "needText", "A distributor in Denmark"),
                        Map.of("component", "OPERATIONS", "state", 4,
                                "offerKeywords", List.of("organic cheese"), "offerText", "Organic cheese")),
                "s3Domains", List.of("BIOECONOMY"),
                "cooperationTypes", List.of("COMMERCIAL"),
                "targetCountries", List.of("DK", "DE")));
    }
}
