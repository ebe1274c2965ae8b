package eu.tibs.matching;

/** A reason two companies fit, as a broker reads it in an explanation. */
public enum Criterion {
    NEEDS_MET("Their offers meet your needs"),
    NEEDS_SERVED("Your offers meet their needs"),
    S3_SHARED("Shared S3 domains"),
    S3_REGIONAL("Shared regional S3 priorities"),
    NACE("Related activities (NACE)"),
    COOPERATION("Cooperation types both want"),
    TARGET_COUNTRY("Target countries"),
    LANGUAGE("Common language"),
    SIZE("Size fit"),
    BOTH_WAYS("Partners both ways"),
    PAST_DECLINES("Similar to declined proposals"),
    COMPETITOR("Needs and offers like yours: a competitor");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
