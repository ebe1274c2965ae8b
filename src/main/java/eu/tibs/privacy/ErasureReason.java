package eu.tibs.privacy;

/** Why a company's personal data was erased: a code, not free text, so that the record itself names no one. */
public enum ErasureReason {
    /** The person asked for erasure (GDPR Art. 17). */
    DATA_SUBJECT_REQUEST,
    /** Consent was withdrawn and nothing else allows keeping the data. */
    CONSENT_WITHDRAWN,
    /** The company left the programme and asked to be forgotten. */
    COMPANY_WITHDREW,
    /** The data is no longer needed for the purpose it was collected for. */
    NO_LONGER_NEEDED
}
