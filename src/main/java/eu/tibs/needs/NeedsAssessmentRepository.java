package eu.tibs.needs;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsAssessmentRepository extends JpaRepository<NeedsAssessment, UUID> {
    Optional<NeedsAssessment> findFirstByCaseIdOrderByAssessedAtDesc(UUID caseId);
}
