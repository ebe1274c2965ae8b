package eu.tibs.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the audit trail; each one left empty matches everything. {@code to} is exclusive. */
record AuditSearch(UUID subjectId, String userId, String region, Instant from, Instant to) {

    Specification<AuditEntry> toSpecification() {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (subjectId != null) {
                where.add(cb.equal(root.get("subjectId"), subjectId));
            }
            if (userId != null && !userId.isBlank()) {
                where.add(cb.equal(root.get("userId"), userId.strip()));
            }
            if (region != null && !region.isBlank()) {
                where.add(cb.equal(root.get("region"), region.strip()));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("occurredAt"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
