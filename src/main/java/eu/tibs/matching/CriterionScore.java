package eu.tibs.matching;

import java.util.List;

/** One criterion's share of a candidate's score and the evidence for it. */
public record CriterionScore(Criterion criterion, double contribution, List<String> evidence) {

    public CriterionScore {
        evidence = List.copyOf(evidence);
    }
}
