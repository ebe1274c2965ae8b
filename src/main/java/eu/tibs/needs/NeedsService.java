package eu.tibs.needs;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.process.SubmittedForm;
import eu.tibs.profile.ProfileFacts;
import eu.tibs.profile.ProfileService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a needs analysis as the company's cooperation profile at once, so that the checking broker reads the
 * profile itself; a refused check sends the assessment back and matching waits until the check passes.
 */
@Service
@Transactional
class NeedsService {
    private final BrokerageCaseService cases;
    private final ProfileService profiles;
    private final NeedsAssessmentRepository assessments;
    private final Clock clock;

    NeedsService(BrokerageCaseService cases, ProfileService profiles, NeedsAssessmentRepository assessments,
                 Clock clock) {
        this.cases = cases;
        this.profiles = profiles;
        this.assessments = assessments;
        this.clock = clock;
    }

    void recordAssessment(UUID caseId, ProfileFacts facts, boolean fourEyes, String assessedBy) {
        profiles.record(cases.find(caseId).getCompanyId(), facts);
        assessments.save(new NeedsAssessment(caseId, assessedBy, fourEyes, clock.instant()));
    }

    /** The four-eyes rule: whoever assessed may not check; the engine itself (no user) is not a person. */
    boolean isSecondPair(UUID caseId, String checkingUser) {
        return SubmittedForm.Check.SYSTEM.equals(checkingUser) || assessments.findFirstByCaseIdOrderByAssessedAtDesc(caseId)
                .map(assessment -> !Objects.equals(assessment.getAssessedBy(), checkingUser)).orElse(true);
    }

    void recordCheck(UUID caseId, boolean approved, String comment, String checkedBy) {
        assessments.findFirstByCaseIdOrderByAssessedAtDesc(caseId)
                .ifPresent(assessment -> assessment.check(checkedBy, approved, comment, clock.instant()));
    }
}
