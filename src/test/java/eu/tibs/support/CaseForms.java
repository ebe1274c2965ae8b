package eu.tibs.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.integer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.string;

/** What brokers submit at each step of the Podlaskie dairy's case, matched with the Hamburg partner. */
public final class CaseForms {
    private CaseForms() {
    }

    /** The Hamburg partner's profile: it offers the distribution the dairy needs and needs its cheese. */
    public static Map<String, Object> hamburgPartnerProfile() {
        var profile = new HashMap<>(Companies.dairyProfile());
        profile.put("valueChain", List.of(Map.of("component", "MARKETING-SALES", "state", 4,
                "offerKeywords", List.of("export distributor"), "needKeywords", List.of("organic cheese"))));
        profile.put("targetCountries", List.of("PL"));
        return profile;
    }

    public static Map<String, Object> needsAssessment() {
        return Map.of(
                "readiness", Map.of("value", 4, "type", "Integer"),
                "valueChain", json("[{\"component\":\"MARKETING-SALES\",\"state\":2,\"needKeywords\":\"export distributor\"},"
                        + "{\"component\":\"OPERATIONS\",\"state\":4,\"offerKeywords\":\"organic cheese\"}]"),
                "s3Domains", json("[\"BIOECONOMY\"]"),
                "cooperationTypes", json("[\"COMMERCIAL\"]"),
                "targetCountries", json("[\"DE\"]"),
                "fourEyesCheck", bool(false));
    }

    public static Map<String, Object> introduction() {
        return Map.of("meetingDate", string("2026-03-02"), "meetingMode", string("ONLINE"),
                "participants", string("Both managing directors and brokers"));
    }

    public static Map<String, Object> pilotPlan() {
        return Map.of("objective", string("Test cheese sales in Hamburg"),
                "actions", json("[{\"description\":\"First delivery\",\"dueDate\":\"2026-04-01\"}]"),
                "successCriteria", string("Two repeat orders"), "plannedEnd", string("2026-06-30"));
    }

    /** Ratings and outcome as each respondent gives them right after the pilot. */
    public static Map<String, Object> feedbackGiven() {
        return Map.of("serviceRating", integer(5), "partnershipRating", integer(4),
                "outcome", string("NEGOTIATION_STARTED"));
    }

    public static Map<String, Object> pilotCompleted() {
        return Map.of("progress", string("ON_TRACK"), "pilotStatus", string("COMPLETED"));
    }
}
