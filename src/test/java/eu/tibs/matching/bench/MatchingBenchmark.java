package eu.tibs.matching.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.MatchProfile;
import eu.tibs.matching.MatchingEngine;
import eu.tibs.matching.MatchingWeights;
import eu.tibs.matching.Shortlist;
import eu.tibs.matching.ShortlistRequest;
import eu.tibs.matching.quality.ProfileGenerator;

/**
 * Measures the engine at the sizes given as arguments (default 10000 100000 1000000): index build time,
 * heap, latency of a top-10 shortlist with rendered explanations (the company's own profile is indexed), the same
 * queries for profiles not indexed, read in their languages and in English only (what reading costs, and reading
 * in the company's languages), and the same queries answered by the full scan, for the speed-up and recall@10. System properties: {@code queries} (default 1000),
 * {@code warmup} (default 300), {@code fullScanQueries} (default 1000, at most 100 from 1M profiles on).
 * <pre>
 * MAVEN_OPTS=-Xmx8g mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=eu.tibs.matching.bench.MatchingBenchmark -Dexec.args="10000 100000 1000000"
 * </pre>
 */
public final class MatchingBenchmark {
    private static final int LIMIT = 10;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        var sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {10_000, 100_000, 1_000_000};
        int queries = Integer.getInteger("queries", 1000);
        int warmup = Integer.getInteger("warmup", 300);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| profiles | build s | heap MiB | p50 ms | p99 ms | mean ms | p50 unindexed ms | p50 unindexed English-only ms | full-scan queries | full-scan p50 ms | speed-up (p50) | recall@10 | same top 10 | scored per query |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            int fullScans = Integer.getInteger("fullScanQueries", size >= 1_000_000 ? 100 : 1000);
            System.out.println(run(size, queries, warmup, Math.min(fullScans, queries)));
        }
    }

    private static String run(int size, int queryCount, int warmup, int fullScanCount) {
        var profiles = new ProfileGenerator(7).generate(size).profiles();
        long heapBefore = usedHeap();
        try (var engine = new MatchingEngine()) {
            long start = System.nanoTime();
            engine.rebuild(profiles);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long heap = usedHeap() - heapBefore;
            var random = new Random(11);
            var queries = new ArrayList<MatchProfile>();
            for (int i = 0; i < queryCount + warmup; i++) {
                queries.add(profiles.get(random.nextInt(profiles.size())));
            }
            queries.subList(0, warmup).forEach(company -> shortlist(engine, company, true));
            var measured = queries.subList(warmup, queries.size());
            var latencies = new double[measured.size()];
            var shortlists = new ArrayList<Shortlist>();
            for (int i = 0; i < measured.size(); i++) {
                long begin = System.nanoTime();
                shortlists.add(shortlist(engine, measured.get(i), true));
                latencies[i] = (System.nanoTime() - begin) / 1e6;
            }
            // What reading a profile not yet indexed costs, in the company's languages and in English only
            var unindexedLatencies = latencies(engine, measured, profile -> unindexed(profile, profile.languages()));
            var englishLatencies = latencies(engine, measured, profile -> unindexed(profile, Set.of("en")));
            var fullScanLatencies = new double[fullScanCount];
            double recall = 0;
            int same = 0;
            for (int i = 0; i < fullScanCount; i++) {
                long begin = System.nanoTime();
                var exact = shortlist(engine, measured.get(i), false);
                fullScanLatencies[i] = (System.nanoTime() - begin) / 1e6;
                recall += recall(shortlists.get(i), exact);
                same += ids(shortlists.get(i)).equals(ids(exact)) ? 1 : 0;
            }
            double scored = shortlists.stream().mapToInt(Shortlist::candidatesScored).average().orElse(0);
            double p50 = percentile(latencies, 50);
            double fullScanP50 = percentile(fullScanLatencies, 50);
            return String.format(Locale.ROOT, "| %,d | %.1f | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %.1f | %.0fx | %.4f | %d/%d | %.0f |",
                    size, buildSeconds, heap >> 20, p50, percentile(latencies, 99), Arrays.stream(latencies).average().orElse(0),
                    percentile(unindexedLatencies, 50), percentile(englishLatencies, 50), fullScanCount, fullScanP50, fullScanP50 / p50, recall / fullScanCount,
                    same, fullScanCount, scored);
        }
    }

    /** A top-10 shortlist with explanations rendered as a broker would read them. */
    private static Shortlist shortlist(MatchingEngine engine, MatchProfile company, boolean throughIndex) {
        var request = ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), LIMIT);
        var shortlist = throughIndex ? engine.shortlist(request) : engine.shortlistByFullScan(request);
        shortlist.candidates().forEach(candidate -> candidate.explanation().render());
        return shortlist;
    }

    private static double[] latencies(MatchingEngine engine, List<MatchProfile> queries, UnaryOperator<MatchProfile> change) {
        var latencies = new double[queries.size()];
        for (int i = 0; i < latencies.length; i++) {
            var query = change.apply(queries.get(i));
            long begin = System.nanoTime();
            shortlist(engine, query, true);
            latencies[i] = (System.nanoTime() - begin) / 1e6;
        }
        return latencies;
    }

    /** The company under an id the index does not hold, so that its profile is read for the query. */
    private static MatchProfile unindexed(MatchProfile profile, Set<String> languages) {
        return new MatchProfile(UUID.randomUUID(), profile.country(), profile.regionCode(), profile.sizeClass(),
                profile.naceCodes(), languages, profile.s3Domains(), profile.regionS3Domains(), profile.cooperationTypes(),
                profile.targetCountries(), profile.needs(), profile.offers());
    }

    private static List<UUID> ids(Shortlist shortlist) {
        return shortlist.candidates().stream().map(Candidate::companyId).toList();
    }

    private static double recall(Shortlist found, Shortlist exact) {
        if (exact.candidates().isEmpty()) {
            return 1;
        }
        var expected = new HashSet<>(ids(exact));
        return (double) ids(found).stream().filter(expected::contains).count() / expected.size();
    }

    private static double percentile(double[] values, double percentile) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(percentile / 100 * sorted.length) - 1];
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
