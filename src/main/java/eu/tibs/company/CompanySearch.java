package eu.tibs.company;

import java.util.ArrayList;
import java.util.Collection;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the company list; each one left empty matches everything. */
public record CompanySearch(String text, Collection<String> regions, String country, String naceCode,
                            SizeClass sizeClass) {

    Specification<Company> toSpecification() {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("legalName")), pattern),
                        cb.equal(root.get("registryId"), RegistryIds.normalise(text))));
            }
            if (regions != null) {
                where.add(root.get("regionCode").in(regions));
            }
            if (country != null && !country.isBlank()) {
                where.add(cb.equal(root.get("country"), country));
            }
            if (naceCode != null && !naceCode.isBlank()) {
                query.distinct(true);
                where.add(cb.like(root.join("naceCodes", JoinType.INNER), naceCode.strip() + "%"));
            }
            if (sizeClass != null) {
                where.add(cb.equal(root.get("sizeClass"), sizeClass));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
