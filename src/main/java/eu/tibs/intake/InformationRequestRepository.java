package eu.tibs.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, UUID> {
    Optional<InformationRequest> findFirstByCaseIdAndAnsweredAtIsNullOrderByAskedAtDesc(UUID caseId);
}
