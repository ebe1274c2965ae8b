package eu.tibs.audit;

/** What an audit entry is about; each knows where to find the home region of its subject. */
enum SubjectType {
    COMPANY("select region_code from company where id = :subjectId"),
    CASE("select home_region from brokerage_case where id = :subjectId"),
    PROFILE("select region_code from company where id = :subjectId");

    private final String regionQuery;

    SubjectType(String regionQuery) {
        this.regionQuery = regionQuery;
    }

    /** A scalar subquery: null when the subject does not exist, such as an id guessed in vain. */
    String regionQuery() {
        return regionQuery;
    }
}
