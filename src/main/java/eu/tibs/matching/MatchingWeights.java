package eu.tibs.matching;

/**
 * How much each criterion counts, and the thresholds of matching. Weights are points a fully met criterion
 * adds to the score; the defaults add up to 1.
 *
 * @param crossComponentFactor share of the fit kept when a need is met in a value-chain component that is
 *                             neither the same nor a known complement (e.g. a MARKETING-SALES need met by an
 *                             OPERATIONS offer)
 * @param declinePenalty       share of the score taken away for each past decline the candidate resembles
 * @param minScore             candidates scoring less are not proposed
 * @param competitorPenalty    share of the score taken away from a candidate whose needs and offers are the company's
 *                             own (a competitor), in proportion to the resemblance
 * @param minFit               a need met less than this counts nothing and shows no evidence; a candidate meeting no
 *                             need either way at this fit is not proposed
 */
public record MatchingWeights(
        double needsMet,
        double needsServed,
        double s3Shared,
        double s3Regional,
        double nace,
        double cooperation,
        double targetCountry,
        double language,
        double size,
        double crossComponentFactor,
        double declinePenalty,
        double minScore,
        double competitorPenalty,
        double minFit) {

    public MatchingWeights {
        for (double value : new double[] {needsMet, needsServed, s3Shared, s3Regional, nace, cooperation,
                targetCountry, language, size, crossComponentFactor, declinePenalty, minScore, competitorPenalty, minFit}) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("weights and thresholds must be finite and not negative");
            }
        }
        // The index retrieves by an upper bound of the score that assumes a cross-component match counts at most fully
        if (crossComponentFactor > 1 || declinePenalty >= 1 || competitorPenalty > 1 || minFit > 1) {
            throw new IllegalArgumentException(
                    "crossComponentFactor, competitorPenalty and minFit must be at most 1, declinePenalty below 1");
        }
    }

    /**
     * Defaults: what each side's offers do for the other's needs weighs three quarters, the rest breaks ties
     * between similar offers. On the labelled test data, giving the profile attributes more weight ranked
     * planted partners lower.
     */
    public static MatchingWeights defaults() {
        return new MatchingWeights(0.38, 0.33, 0.05, 0.02, 0.10, 0.04, 0.03, 0.03, 0.02, 0.8, 0.3, 0.1, 0.6, 0.25);
    }

    double of(Criterion criterion) {
        return switch (criterion) {
            case NEEDS_MET -> needsMet;
            case NEEDS_SERVED -> needsServed;
            case S3_SHARED -> s3Shared;
            case S3_REGIONAL -> s3Regional;
            case NACE -> nace;
            case COOPERATION -> cooperation;
            case TARGET_COUNTRY -> targetCountry;
            case LANGUAGE -> language;
            case SIZE -> size;
            case PAST_DECLINES -> throw new IllegalArgumentException("declines lower a score by declinePenalty");
            case COMPETITOR -> throw new IllegalArgumentException("competitors are lowered by competitorPenalty");
        };
    }
}
