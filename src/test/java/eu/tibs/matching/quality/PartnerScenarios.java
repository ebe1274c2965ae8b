package eu.tibs.matching.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import eu.tibs.matching.MatchProfile;
import eu.tibs.matching.Side;

/**
 * The hand-written partner searches of {@code matching/scenarios.txt}: for each, the company searching and
 * the role every other company of the scenario plays for it. All scenarios share one pool of profiles.
 */
record PartnerScenarios(List<MatchProfile> profiles, List<Scenario> scenarios) {

    /** What a company is to the one searching. */
    enum Role {
        QUERY, PARTNER, ONE_WAY_PARTNER, COMPETITOR, HOMONYM, SAME_COUNTRY;

        static Role of(String letter) {
            return switch (letter) {
                case "Q" -> QUERY;
                case "P" -> PARTNER;
                case "O" -> ONE_WAY_PARTNER;
                case "C" -> COMPETITOR;
                case "H" -> HOMONYM;
                case "T" -> SAME_COUNTRY;
                default -> throw new IllegalArgumentException("unknown role " + letter);
            };
        }

        /** Graded relevance: a partner both ways is worth more than one meeting a single side. */
        int relevance() {
            return this == PARTNER ? 2 : this == ONE_WAY_PARTNER ? 1 : 0;
        }
    }

    record Scenario(String name, MatchProfile query, Map<UUID, Role> roles) {

        Map<UUID, Integer> relevance() {
            var relevance = new HashMap<UUID, Integer>();
            roles.forEach((id, role) -> {
                if (role.relevance() > 0) {
                    relevance.put(id, role.relevance());
                }
            });
            return relevance;
        }
    }

    static PartnerScenarios load() {
        var stream = Objects.requireNonNull(PartnerScenarios.class.getClassLoader().getResourceAsStream("matching/scenarios.txt"));
        var profiles = new ArrayList<MatchProfile>();
        var scenarios = new ArrayList<Scenario>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String name = null;
            MatchProfile query = null;
            Map<UUID, Role> roles = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("scenario ")) {
                    if (name != null) {
                        scenarios.add(new Scenario(name, query, roles));
                    }
                    name = line.substring("scenario ".length(), line.indexOf(':'));
                    roles = new LinkedHashMap<>();
                    query = null;
                    continue;
                }
                var role = Role.of(line.substring(0, 1));
                var profile = profile(name + "/" + (query == null ? 0 : roles.size() + 1), line);
                profiles.add(profile);
                if (role == Role.QUERY) {
                    query = profile;
                } else {
                    roles.put(profile.companyId(), role);
                }
            }
            scenarios.add(new Scenario(name, query, roles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PartnerScenarios(List.copyOf(profiles), List.copyOf(scenarios));
    }

    /** {@code ROLE COUNTRY NACE LANGUAGES | need COMPONENT: keyword; keyword >> text | offer ...} */
    private static MatchProfile profile(String key, String line) {
        var parts = line.split("\\|");
        var head = parts[0].trim().split("\\s+");
        var needs = new HashMap<String, Side>();
        var offers = new HashMap<String, Side>();
        for (int i = 1; i < parts.length; i++) {
            var part = parts[i].trim();
            var direction = part.substring(0, part.indexOf(' '));
            var component = part.substring(direction.length() + 1, part.indexOf(':')).trim();
            var content = part.substring(part.indexOf(':') + 1);
            var textStart = content.indexOf(">>");
            var keywords = textStart < 0 ? content : content.substring(0, textStart);
            var text = textStart < 0 ? "" : content.substring(textStart + 2).trim();
            var side = new Side(Arrays.stream(keywords.split(";")).map(String::trim).filter(k -> !k.isEmpty()).toList(), text);
            (direction.equals("need") ? needs : offers).put(component, side);
        }
        var country = head[1];
        return new MatchProfile(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)), country, country + "-1",
                "SMALL", Set.of(head[2]), Set.of(head[3].split(",")), Set.of(), Set.of(), Set.of(), Set.of(), needs, offers);
    }
}
