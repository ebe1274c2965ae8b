package eu.tibs.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A company's past declines: the partners never to propose again, and the reasons that lower similar candidates. */
final class DeclineMemory {
    private final Set<UUID> declinedPartners;
    private final List<PastDecline> lessons;

    private DeclineMemory(Set<UUID> declinedPartners, List<PastDecline> lessons) {
        this.declinedPartners = declinedPartners;
        this.lessons = lessons;
    }

    static DeclineMemory of(ShortlistRequest request) {
        var me = request.profile().companyId();
        var declinedPartners = request.includeDeclined() ? Set.<UUID>of() : request.declines().stream()
                .filter(decline -> decline.companyId().equals(me) || decline.candidateId().equals(me))
                .map(decline -> decline.companyId().equals(me) ? decline.candidateId() : decline.companyId())
                .collect(Collectors.toUnmodifiableSet());
        var lessons = request.declines().stream()
                .filter(decline -> decline.companyId().equals(me) && decline.candidate() != null)
                .toList();
        return new DeclineMemory(declinedPartners, lessons);
    }

    Set<UUID> declinedPartners() {
        return declinedPartners;
    }

    boolean hasLessons() {
        return !lessons.isEmpty();
    }

    /** The share of a candidate's score it keeps: lowered by the penalty once for each decline it resembles. */
    double factor(CandidateFeatures candidate, double penalty, Evidence evidence) {
        double factor = 1;
        for (var decline : lessons) {
            if (decline.reason().resembles(decline.candidate(), candidate)) {
                factor *= 1 - penalty;
                if (evidence.wanted()) {
                    evidence.add("resembles a candidate declined as "
                            + decline.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
            }
        }
        return factor;
    }
}
