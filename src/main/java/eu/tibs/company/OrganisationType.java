package eu.tibs.company;

/** What kind of organisation applies; R&D institutions are eligible whatever their size. */
public enum OrganisationType {
    COMPANY,
    RESEARCH_INSTITUTION
}
