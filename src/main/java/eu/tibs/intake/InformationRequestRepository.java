package eu.tibs.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InformationRequestRepository extends JpaRepository<InformationRequest, UUID> {
    Optional<InformationRequest> findFirstByCaseIdAndAnsweredAtIsNullOrderByAskedAtDesc(UUID caseId);

    /** When, by whom, and the question, of each request in the case. */
    @Query("select r.askedAt, r.askedBy, r.question from InformationRequest r where r.caseId = :caseId")
    List<Object[]> questionsOf(@Param("caseId") UUID caseId);

    @Query("select r.answeredAt, r.answeredBy, r.answer from InformationRequest r"
            + " where r.caseId = :caseId and r.answeredAt is not null")
    List<Object[]> answersOf(@Param("caseId") UUID caseId);
}
