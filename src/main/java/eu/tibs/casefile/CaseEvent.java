package eu.tibs.casefile;

import java.time.Instant;

/** Something a stage recorded in a case, for the people working it: when, what, and who recorded it (if anyone). */
public record CaseEvent(Instant at, String what, String who) {

    /** From a query row {@code at, who, then the parts of what}; parts that are null are left out. */
    public static CaseEvent of(Object[] row, String label) {
        var what = new StringBuilder(label);
        for (int i = 2; i < row.length; i++) {
            if (row[i] != null) {
                what.append(i == 2 ? ": " : ", ").append(row[i]);
            }
        }
        return new CaseEvent((Instant) row[0], what.toString(), (String) row[1]);
    }
}
