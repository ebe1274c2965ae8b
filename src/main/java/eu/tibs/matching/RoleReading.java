package eu.tibs.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads need phrases for the role they name. "Distributor for our machined parts", "buyers of hard cheese" and
 * "recycling partner for our fibre waste" want a distributor, buyers, recycling; the parts, cheese and waste are
 * what the company has, so they count as its offer. In "hotels as clients" the hotels are the partner wanted and
 * "clients" says nothing a partner's profile would repeat.
 */
final class RoleReading {
    /** The component of what a role phrase says the company has: what it makes or handles. */
    static final String HELD = "OPERATIONS";
    private static final Pattern OURS = Pattern.compile("(?i)\\b(?:for|of) (?:our|my) (.+)$");
    private static final Pattern BUYERS_OF = Pattern.compile(
            "(?i)\\b(buyers?|customers?|clients?|offtakers?|purchasers?|importers?|distributors?|resellers?) (?:of|for) (.+)$");
    private static final Pattern X_BUYERS = Pattern.compile("(?i)^(.+?) (?:buyers|offtakers|purchasers|importers)$");
    private static final Pattern AS_CLIENTS = Pattern.compile(
            "(?i)\\b(?:as|als) (?:(?:pilot|reference|first|new|end) )?(?:clients?|customers?|buyers?|users?|kunden)\\b");
    private static final Pattern BUYER_WORDS = Pattern.compile("(?i)\\b(?:buyers?|customers?|clients?|offtakers?|purchasers?)\\b");

    private RoleReading() {
    }

    /** What the needs really ask for, per component, and the offers with what the need phrases say the company has. */
    static Reading of(Map<String, Side> needs, Map<String, Side> offers) {
        var wanted = new LinkedHashMap<String, List<String>>();
        var held = new LinkedHashMap<String, List<String>>();
        offers.forEach((component, side) -> held.put(component, new ArrayList<>(side.phrases())));
        Consumer<String> hold = phrase -> held.computeIfAbsent(HELD, key -> new ArrayList<>()).add(phrase.strip());
        needs.forEach((component, side) -> wanted.put(component, side.phrases().stream()
                .map(phrase -> wantedIn(phrase, hold))
                .filter(phrase -> !phrase.isEmpty())
                .toList()));
        return new Reading(wanted, held);
    }

    /** The part of a need phrase that names what is wanted; what it says the company has goes to {@code hold}. */
    private static String wantedIn(String phrase, Consumer<String> hold) {
        var rest = phrase;
        var ours = OURS.matcher(rest);
        if (ours.find()) {
            hold.accept(ours.group(1));
            rest = rest.substring(0, ours.start());
        }
        var buyersOf = BUYERS_OF.matcher(rest);
        if (buyersOf.find()) {
            hold.accept(buyersOf.group(2));
            rest = rest.substring(0, buyersOf.start()) + buyersOf.group(1);
        }
        var xBuyers = X_BUYERS.matcher(rest.strip());
        if (xBuyers.find()) {
            hold.accept(xBuyers.group(1));
            rest = "";
        }
        rest = BUYER_WORDS.matcher(AS_CLIENTS.matcher(rest).replaceAll(" ")).replaceAll(" ").strip();
        return rest.equals(phrase.strip()) ? phrase.strip() : rest;
    }

    /** Phrases per value-chain component: what the company wants, and what it has. */
    record Reading(Map<String, List<String>> needs, Map<String, List<String>> offers) {
    }
}
