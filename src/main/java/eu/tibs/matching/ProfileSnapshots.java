package eu.tibs.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads cooperation profiles from our tables as matching sees them. Plain SQL, set by set, because a rebuild reads
 * every profile of the network at once.
 */
@Component
@Transactional(readOnly = true)
class ProfileSnapshots {
    private static final String PROFILES = """
            select p.company_id, c.country, c.region_code, c.size_class, greatest(p.updated_at, c.updated_at) changed
            from cooperation_profile p join company c on c.id = p.company_id
            where c.erased_at is null and greatest(p.updated_at, c.updated_at) >= :since""";

    private final NamedParameterJdbcTemplate jdbc;

    ProfileSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The profiles changed at or after the instant (all of them for {@link Instant#EPOCH}), and the newest change. */
    Changes changedSince(Instant since) {
        var rows = rows(PROFILES, Map.of("since", Timestamp.from(since)));
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.companyId()));
        var codes = new Codes(ids);
        var profiles = rows.stream().map(codes::profileOf).toList();
        Instant newest = rows.stream().map(Row::changed).max(Instant::compareTo).orElse(since);
        return new Changes(profiles, newest, erasedSince(since));
    }

    /** One company's current profile, read fresh: a broker asking for matches has just edited it. */
    Optional<MatchProfile> profileOf(UUID companyId) {
        var rows = rows(PROFILES + " and c.id = :id", Map.of("since", Timestamp.from(Instant.EPOCH), "id", companyId));
        var codes = new Codes(Set.of(companyId));
        return rows.stream().findFirst().map(codes::profileOf);
    }

    private List<Row> rows(String sql, Map<String, ?> parameters) {
        return jdbc.query(sql, parameters, (rs, n) -> new Row(rs.getObject("company_id", UUID.class),
                rs.getString("country"), rs.getString("region_code"), rs.getString("size_class"),
                rs.getTimestamp("changed").toInstant()));
    }

    private List<UUID> erasedSince(Instant since) {
        return jdbc.queryForList("select id from company where erased_at >= :since",
                Map.of("since", Timestamp.from(since)), UUID.class);
    }

    /** What changed: profiles to upsert, the newest change seen, and companies erased meanwhile. */
    record Changes(List<MatchProfile> profiles, Instant newest, List<UUID> erased) {
    }

    private record Row(UUID companyId, String country, String regionCode, String sizeClass, Instant changed) {
    }

    /** The code sets and value chains of a batch of companies, each read with one query. */
    private final class Codes {
        private final Map<UUID, Set<String>> nace = new HashMap<>();
        private final Map<UUID, Set<String>> languages = new HashMap<>();
        private final Map<UUID, Set<String>> s3 = new HashMap<>();
        private final Map<UUID, Set<String>> cooperation = new HashMap<>();
        private final Map<UUID, Set<String>> targets = new HashMap<>();
        private final Map<String, Set<String>> regionDomains = new HashMap<>();
        private final Map<UUID, Map<String, Side>> needs = new HashMap<>();
        private final Map<UUID, Map<String, Side>> offers = new HashMap<>();

        Codes(Collection<UUID> ids) {
            if (ids.isEmpty()) {
                return;
            }
            collect("select company_id, nace_code from company_nace where company_id in (:ids)", ids, nace);
            collect("select company_id, language from company_language where company_id in (:ids)", ids, languages);
            collect("select company_id, domain_code from profile_s3_domain where company_id in (:ids)", ids, s3);
            collect("select company_id, type_code from profile_cooperation_type where company_id in (:ids)", ids,
                    cooperation);
            collect("select company_id, country from profile_target_country where company_id in (:ids)", ids, targets);
            jdbc.query("select region_code, domain_code from region_s3_domain", rs -> {
                regionDomains.computeIfAbsent(rs.getString(1), r -> new HashSet<>()).add(rs.getString(2));
            });
            jdbc.query("""
                    select company_id, component_code, need_keywords, need_text, offer_keywords, offer_text
                    from profile_component where company_id in (:ids)""", new MapSqlParameterSource("ids", ids), rs -> {
                UUID id = rs.getObject(1, UUID.class);
                String component = rs.getString(2);
                put(needs, id, component, side(rs.getString(3), rs.getString(4)));
                put(offers, id, component, side(rs.getString(5), rs.getString(6)));
            });
        }

        MatchProfile profileOf(Row row) {
            UUID id = row.companyId();
            return new MatchProfile(id, row.country(), row.regionCode(), row.sizeClass(), nace.get(id),
                    languages.get(id), s3.get(id), regionDomains.get(row.regionCode()), cooperation.get(id),
                    targets.get(id), needs.get(id), offers.get(id));
        }

        private void collect(String sql, Collection<UUID> ids, Map<UUID, Set<String>> into) {
            BiConsumer<UUID, String> add = (id, code) -> into.computeIfAbsent(id, k -> new HashSet<>()).add(code);
            jdbc.query(sql, new MapSqlParameterSource("ids", ids),
                    rs -> { add.accept(rs.getObject(1, UUID.class), rs.getString(2)); });
        }

        private static void put(Map<UUID, Map<String, Side>> into, UUID id, String component, Side side) {
            if (side != null) {
                into.computeIfAbsent(id, k -> new HashMap<>()).put(component, side);
            }
        }

        /** Keywords are stored semicolon-separated, as the profile entity writes them. */
        private static Side side(String keywords, String text) {
            if ((keywords == null || keywords.isBlank()) && (text == null || text.isBlank())) {
                return null;
            }
            return new Side(keywords == null || keywords.isBlank() ? List.of() : List.of(keywords.split(";")), text);
        }
    }
}
