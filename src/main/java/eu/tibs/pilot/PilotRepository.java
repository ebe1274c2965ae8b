package eu.tibs.pilot;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PilotRepository extends JpaRepository<Pilot, UUID> {
    Optional<Pilot> findFirstByCaseIdAndEndedAtIsNull(UUID caseId);
}
