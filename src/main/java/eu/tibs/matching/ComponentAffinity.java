package eu.tibs.matching;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which value-chain components complement each other, read from {@code matching/component-affinity.csv}:
 * an offer in the same component as a need, or in a listed complement (a PROCUREMENT need met by an
 * OPERATIONS offer), meets it fully; any other component meets it by the cross-component factor.
 */
final class ComponentAffinity {
    private final Map<String, Set<String>> complementsOfNeed;

    private ComponentAffinity(Map<String, Set<String>> complementsOfNeed) {
        this.complementsOfNeed = complementsOfNeed;
    }

    static ComponentAffinity load() {
        return new ComponentAffinity(CsvResource.rows("matching/component-affinity.csv").stream()
                .collect(Collectors.groupingBy(row -> row[0].strip(),
                        Collectors.mapping(row -> row[1].strip(), Collectors.toUnmodifiableSet()))));
    }

    double factor(String needComponent, String offerComponent, double crossComponentFactor) {
        return needComponent.equals(offerComponent)
                || complementsOfNeed.getOrDefault(needComponent, Set.of()).contains(offerComponent)
                ? 1 : crossComponentFactor;
    }
}
