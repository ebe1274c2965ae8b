package eu.tibs.matching.quality;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real reference codes the synthetic companies use: regions with their S3 priorities, NACE classes with
 * the products and activities each includes (from the classification's explanatory notes).
 */
record ReferenceCodes(
        List<Region> regions, Map<String, List<String>> naceClassesByDivision, Map<String, List<String>> naceProducts,
        List<String> cooperationTypes) {
    private static final int PRODUCT_WORDS = 8;

    record Region(String code, String country, String language, List<String> s3Priorities) {
    }

    static ReferenceCodes load() {
        var priorities = new HashMap<String, List<String>>();
        read("reference/region_s3_domains.csv").forEach(row ->
                priorities.computeIfAbsent(row.get("region_code"), code -> new ArrayList<>()).add(row.get("domain_code")));
        var regions = read("reference/regions.csv").stream()
                .map(row -> new Region(row.get("code"), row.get("country"), row.get("language"),
                        List.copyOf(priorities.getOrDefault(row.get("code"), List.of()))))
                .toList();
        var classes = new HashMap<String, List<String>>();
        var products = new HashMap<String, List<String>>();
        read("reference/nace_rev2.csv").stream().filter(row -> row.get("level").equals("4")).forEach(row -> {
            classes.computeIfAbsent(row.get("code").substring(0, 2), division -> new ArrayList<>()).add(row.get("code"));
            products.put(row.get("code"), products(row.get("includes"), row.get("title")));
        });
        var types = read("reference/cooperation_types.csv").stream().map(row -> row.get("code")).toList();
        return new ReferenceCodes(regions, classes, products, types);
    }

    /** The "- manufacture of padlocks, locks, keys ..." items of a class's notes, shortened as a company would write them. */
    private static List<String> products(String includes, String title) {
        var products = includes.lines()
                .filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2).replaceAll("\\([^)]*\\)", "").replaceAll("\\betc\\.?", "")
                        .replaceFirst("^(manufacture|production) of ", "").replaceAll("[:;,.]+$", "").strip())
                .filter(product -> product.length() > 3)
                .map(ReferenceCodes::firstWords)
                .toList();
        return products.isEmpty() ? List.of(title) : products;
    }

    private static String firstWords(String text) {
        var words = text.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(PRODUCT_WORDS, words.length)));
    }

    private static List<CSVRecord> read(String resource) {
        var stream = ReferenceCodes.class.getClassLoader().getResourceAsStream(resource);
        try (var reader = new InputStreamReader(Objects.requireNonNull(stream, resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
