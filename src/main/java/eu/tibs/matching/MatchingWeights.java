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
 * @param minFit               a need phrase met less than this counts nothing and shows no evidence; a candidate
 *                             meeting no need either way is not proposed
 * @param bothWays             points for a partner both ways: times the geometric mean of how well their offers meet
 *                             the company's needs and its offers theirs, so that two half matches beat one full one
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
        double minFit,
        double bothWays) {

    public MatchingWeights {
        for (double value : new double[] {needsMet, needsServed, s3Shared, s3Regional, nace, cooperation,
                targetCountry, language, size, crossComponentFactor, declinePenalty, minScore, competitorPenalty, minFit, bothWays}) {
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
     * Defaults: what each side's offers do for the other's needs, one way and both ways, weighs four fifths; a
     * supplier/customer relation a tenth; the rest breaks ties between similar offers. On the hand-written partner
     * searches and the generated labelled data, meeting needs both ways counting apart ranked partners higher.
     */
    public static MatchingWeights defaults() {
        return new MatchingWeights(0.27, 0.24, 0.035, 0.015, 0.07, 0.03, 0.02, 0.02, 0.015, 0.8, 0.3, 0.07, 0.6, 0.25, 0.285);
    }

    /** The most a criterion adds per unit of fit: a one-way criterion carries half the both-ways points at most. */
    double boundOf(Criterion criterion) {
        boolean oneWay = criterion == Criterion.NEEDS_MET || criterion == Criterion.NEEDS_SERVED;
        return of(criterion) + (oneWay ? bothWays / 2 : 0);
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
            case BOTH_WAYS -> bothWays;
        };
    }
}
