package eu.tibs.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FeedbackRepository extends JpaRepository<Feedback, UUID> {

    /** When, by whom, and what of each feedback given in the case. */
    @Query("select f.givenAt, f.recordedBy, f.respondent, f.monthsAfter, f.outcome, f.serviceRating,"
            + " f.partnershipRating from Feedback f where f.caseId = :caseId")
    List<Object[]> givenIn(@Param("caseId") UUID caseId);
}
