package eu.tibs.company;

/** What a contact person agreed to; each purpose has its own consent text and version. */
public enum ConsentPurpose {
    /** Processing of the contact's data to run the brokerage case. */
    BROKERAGE,
    /** Passing the contact to a partner company once both sides said yes. */
    CONTACT_SHARING,
    /** Follow-up questions months after the case. */
    FOLLOW_UP
}
