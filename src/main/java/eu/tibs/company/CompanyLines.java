package eu.tibs.company;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page of companies for a list, in three indexed queries (the page, its count, the page's NACE codes). Loading the
 * entities instead would fetch every contact, consent and code of every company the search matches, not of the page.
 */
@Component
@Transactional(readOnly = true)
class CompanyLines {
    private final EntityManager entities;

    CompanyLines(EntityManager entities) {
        this.entities = entities;
    }

    Page<CompanyLine> search(CompanySearch search, Pageable page) {
        var cb = entities.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var company = query.from(Company.class);
        query.multiselect(company.get("id"), company.get("legalName"), company.get("country"),
                        company.get("regionCode"))
                .where(search.toSpecification().toPredicate(company, query, cb))
                .orderBy(QueryUtils.toOrders(page.getSort(), company, cb));
        List<Tuple> rows = entities.createQuery(query).setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize()).getResultList();
        var count = cb.createQuery(Long.class);
        var counted = count.from(Company.class);
        count.select(cb.countDistinct(counted)).where(search.toSpecification().toPredicate(counted, count, cb));
        Map<UUID, Set<String>> nace = naceOf(rows.stream().map(row -> row.get(0, UUID.class)).toList());
        return new PageImpl<>(rows.stream().map(row -> new CompanyLine(row.get(0, UUID.class),
                row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
                nace.getOrDefault(row.get(0, UUID.class), Set.of()))).toList(), page,
                entities.createQuery(count).getSingleResult());
    }

    private Map<UUID, Set<String>> naceOf(List<UUID> ids) {
        var codes = new HashMap<UUID, Set<String>>();
        if (!ids.isEmpty()) {
            entities.createQuery("select c.id, n from Company c join c.naceCodes n where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> codes.computeIfAbsent((UUID) row[0], id -> new TreeSet<>()).add((String) row[1]));
        }
        return codes;
    }
}
