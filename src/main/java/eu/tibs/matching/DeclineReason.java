package eu.tibs.matching;

import java.util.Objects;

/** Why a proposal was declined; each reason says which other candidates it makes less attractive. */
public enum DeclineReason {
    /** Lowers candidates of the same size class. */
    WRONG_SIZE {
        @Override
        boolean resembles(CandidateFeatures declined, CandidateFeatures candidate) {
            return declined.sizeClass() != null && declined.sizeClass().equals(candidate.sizeClass());
        }
    },
    /** Lowers candidates of the same size in the same trade, which tend to lack the same capacity. */
    NO_CAPACITY {
        @Override
        boolean resembles(CandidateFeatures declined, CandidateFeatures candidate) {
            return WRONG_SIZE.resembles(declined, candidate) && declined.sharesDivisionWith(candidate);
        }
    },
    /** Lowers candidates in the same NACE division or matched on the same terms. */
    NOT_RELEVANT {
        @Override
        boolean resembles(CandidateFeatures declined, CandidateFeatures candidate) {
            return declined.sharesDivisionWith(candidate) || declined.sharesTermsWith(candidate);
        }
    },
    /** Lowers candidates from the same country. */
    WRONG_COUNTRY {
        @Override
        boolean resembles(CandidateFeatures declined, CandidateFeatures candidate) {
            return Objects.equals(declined.country(), candidate.country());
        }
    },
    /** About timing: only the declined pair stays out. */
    NOT_INTERESTED_NOW,
    /** Nobody answered in time: only the pair stays out. */
    NO_ANSWER,
    /** Says nothing about other candidates. */
    OTHER;

    boolean resembles(CandidateFeatures declined, CandidateFeatures candidate) {
        return false;
    }
}
