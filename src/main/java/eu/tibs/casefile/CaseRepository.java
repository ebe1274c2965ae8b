package eu.tibs.casefile;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository extends JpaRepository<BrokerageCase, UUID>, JpaSpecificationExecutor<BrokerageCase> {
    boolean existsByCompanyIdAndClosedAtIsNull(UUID companyId);

    List<BrokerageCase> findByCompanyIdOrderByOpenedAt(UUID companyId);

    List<BrokerageCase> findByCompanyIdInAndClosedAtIsNull(Collection<UUID> companyIds);
}
