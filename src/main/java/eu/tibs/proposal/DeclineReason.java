package eu.tibs.proposal;

/** Why a company declined a proposal; the codes are those the matching engine learns from, plus no answer. */
public enum DeclineReason {
    WRONG_SIZE, NO_CAPACITY, NOT_RELEVANT, WRONG_COUNTRY, NOT_INTERESTED_NOW, NO_ANSWER, OTHER
}
