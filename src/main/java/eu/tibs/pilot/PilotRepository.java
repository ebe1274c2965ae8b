package eu.tibs.pilot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PilotRepository extends JpaRepository<Pilot, UUID> {
    Optional<Pilot> findFirstByCaseIdAndEndedAtIsNull(UUID caseId);

    /** When, by whom, progress and note of each check-in of the case's pilots. */
    @Query("select c.checkedAt, c.recordedBy, c.progress, c.note from CheckIn c, Pilot p"
            + " where c.pilotId = p.id and p.caseId = :caseId")
    List<Object[]> checkInsOf(@Param("caseId") UUID caseId);

    /** When and how each of the case's pilots ended. */
    @Query("select p.endedAt, p.outcome, p.abandonReason from Pilot p"
            + " where p.caseId = :caseId and p.endedAt is not null")
    List<Object[]> endsOf(@Param("caseId") UUID caseId);
}
