package eu.tibs.casefile;

import java.util.ArrayList;
import java.util.Collection;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the case list; each one left empty matches everything. */
public record CaseSearch(Collection<String> regions, CaseStage stage) {

    Specification<BrokerageCase> toSpecification() {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (regions != null) {
                where.add(root.get("homeRegion").in(regions));
            }
            if (stage != null) {
                where.add(cb.equal(root.get("stage"), stage));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
