package eu.tibs.company;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasedConsentRepository extends JpaRepository<ErasedConsent, UUID> {
    List<ErasedConsent> findByCompanyIdOrderByGivenAt(UUID companyId);
}
