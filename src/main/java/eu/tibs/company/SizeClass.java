package eu.tibs.company;

/** Size by the EU SME definition (staff headcount). */
public enum SizeClass {
    /** Fewer than 10 staff. */
    MICRO,
    /** Fewer than 50 staff. */
    SMALL,
    /** Fewer than 250 staff. */
    MEDIUM,
    /** 250 staff or more: eligible only to request technology for SMEs (EEN). */
    LARGE
}
