package eu.tibs.proposal;

import java.util.List;
import java.util.stream.Collectors;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.CriterionScore;
import eu.tibs.process.MarkdownText;

/**
 * One candidate as the shortlist form shows it: the checklist reads {@code value} and {@code label}, the explanation
 * view each criterion with its points and evidence. Ids, region, scores and profile terms only: no names before
 * double opt-in. The evidence quotes profile text, so it is escaped for the markdown it is shown in.
 */
record ShortlistOption(String value, String label, int rank, String region, int score, List<Reason> criteria) {

    /** A criterion's contribution in points of the 0-100 score, and the evidence for it. */
    record Reason(String label, String points, List<String> evidence) {
        static Reason of(CriterionScore criterion) {
            long points = Math.round(criterion.contribution() * 100);
            return new Reason(criterion.criterion().label(), (points < 0 ? "" : "+") + points,
                    criterion.evidence().stream().map(MarkdownText::escape).toList());
        }
    }

    static ShortlistOption of(int rank, Candidate candidate) {
        var reasons = candidate.explanation().criteria().stream().map(Reason::of).toList();
        int score = percent(candidate.score());
        var why = reasons.stream().map(reason -> reason.label() + " " + reason.points())
                .collect(Collectors.joining(" · "));
        return new ShortlistOption(candidate.companyId().toString(),
                "#" + rank + " · " + score + "/100 · " + candidate.regionCode() + " · " + why,
                rank, candidate.regionCode(), score, reasons);
    }

    static int percent(double score) {
        return (int) Math.round(score * 100);
    }
}
