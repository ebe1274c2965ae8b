package eu.tibs.matching;

import java.util.List;

/** Why a candidate scored what it did: each criterion that counted, with its contribution and evidence. */
public record Explanation(List<CriterionScore> criteria) {

    public Explanation {
        criteria = List.copyOf(criteria);
    }

    public double total() {
        return criteria.stream().mapToDouble(CriterionScore::contribution).sum();
    }

    /** The explanation as a broker reads it, one criterion per line followed by its evidence. */
    public String render() {
        var text = new StringBuilder("Score ").append(points(total()).substring(1)).append('\n');
        for (var criterion : criteria) {
            text.append(points(criterion.contribution())).append("  ").append(criterion.criterion().label()).append('\n');
            for (var evidence : criterion.evidence()) {
                text.append("        ").append(evidence).append('\n');
            }
        }
        return text.toString();
    }

    /** Signed, to three decimals: "+0.125". */
    private static String points(double value) {
        long thousandths = Math.round(Math.abs(value) * 1000);
        return (value < 0 ? "-" : "+") + thousandths / 1000 + "." + String.valueOf(1000 + thousandths % 1000).substring(1);
    }
}
