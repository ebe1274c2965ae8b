package eu.tibs.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the small comma-separated tables matching ships under {@code matching/}: no quoting, one header line. */
final class CsvResource {
    private CsvResource() {
    }

    static List<String[]> rows(String name) {
        try (var reader = new BufferedReader(MatchingAnalyzer.resource(name))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
