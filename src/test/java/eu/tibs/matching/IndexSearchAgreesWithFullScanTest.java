package eu.tibs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import eu.tibs.matching.quality.ProfileGenerator;

/** The index prunes by an upper bound of the score; if any rule's bound were too low, it would miss candidates a full scan finds. */
class IndexSearchAgreesWithFullScanTest {
    private static final List<MatchProfile> PROFILES = new ProfileGenerator(3).generate(3000).profiles();
    private static MatchingEngine engine;

    @BeforeAll
    static void index() {
        engine = new MatchingEngine();
        engine.rebuild(PROFILES);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static void assertSameShortlist(ShortlistRequest request) {
        assertThat(ranking(engine.shortlist(request))).isEqualTo(ranking(engine.shortlistByFullScan(request)));
    }

    private static List<String> ranking(Shortlist shortlist) {
        return shortlist.candidates().stream().map(candidate -> candidate.companyId() + " " + candidate.score()).toList();
    }

    @Test
    void findsTheSameTopTenWithTheDefaultWeights() {
        for (var company : PROFILES.subList(0, 300)) {
            assertSameShortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), 10));
        }
    }

    @Test
    void findsTheSameTopTenAfterDeclines() {
        for (var company : PROFILES.subList(300, 400)) {
            var first = engine.shortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), 3)).candidates();
            var declines = Stream.of(DeclineReason.WRONG_SIZE, DeclineReason.NOT_RELEVANT, DeclineReason.NO_CAPACITY)
                    .limit(first.size())
                    .map(reason -> {
                        var declined = first.get(reason.ordinal() % first.size());
                        return new PastDecline(company.companyId(), declined.companyId(), reason, declined.features());
                    })
                    .toList();
            assertSameShortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), declines, 10));
        }
    }

    static Stream<Criterion> scoredCriteria() {
        return EnumSet.complementOf(EnumSet.of(Criterion.PAST_DECLINES, Criterion.COMPETITOR)).stream();
    }

    /** One criterion alone: the bound of each rule is tested on its own, ties included. */
    @ParameterizedTest
    @MethodSource("scoredCriteria")
    void findsTheSameTopTenOnEachCriterionAlone(Criterion criterion) {
        var weights = only(criterion);
        for (var company : PROFILES.subList(400, 450)) {
            assertSameShortlist(ShortlistRequest.of(company, weights, List.of(), 10));
        }
    }

    private static MatchingWeights only(Criterion criterion) {
        double[] points = new double[10];
        points[criterion.ordinal()] = 1;
        return new MatchingWeights(points[0], points[1], points[2], points[3], points[4], points[5], points[6],
                points[7], points[8], 0.8, 0.3, 0, 0.6, 0.25, points[9]);
    }
}
