package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

/** Where a rule writes the evidence for a fit; scoring alone uses {@link #NONE}, so nothing is formatted. */
interface Evidence {
    Evidence NONE = new Evidence() {
        @Override
        public boolean wanted() {
            return false;
        }

        @Override
        public void add(String line) {
            // scoring only: evidence is formatted for the few candidates that get explained
        }
    };

    boolean wanted();

    void add(String line);

    static Lines lines() {
        return new Lines();
    }

    /** Evidence kept for an explanation. */
    final class Lines implements Evidence {
        private final List<String> lines = new ArrayList<>();

        @Override
        public boolean wanted() {
            return true;
        }

        @Override
        public void add(String line) {
            lines.add(line);
        }

        List<String> list() {
            return lines;
        }
    }
}
