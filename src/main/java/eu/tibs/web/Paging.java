package eu.tibs.web;

/** Bounds of the page number in every list: page times page size must stay an offset the database can take. */
public final class Paging {
    /** Ten thousand pages of the largest page size (500) stay far below the 2^31 rows a query may skip. */
    public static final int MAX_PAGE = 10_000;

    private Paging() {
    }
}
