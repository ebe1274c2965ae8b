package eu.tibs.matching;

import java.util.stream.IntStream;

/** Which NACE divisions supply which, read from {@code matching/nace-supply-chain.csv}. */
final class SupplyChain {
    private static final int DIVISIONS = 100;
    private final boolean[][] supplies = new boolean[DIVISIONS][DIVISIONS];

    static SupplyChain load() {
        var chain = new SupplyChain();
        for (var row : CsvResource.rows("matching/nace-supply-chain.csv")) {
            chain.supplies[Integer.parseInt(row[0].strip())][Integer.parseInt(row[1].strip())] = true;
        }
        return chain;
    }

    boolean supplies(int supplier, int customer) {
        return supplier < DIVISIONS && customer < DIVISIONS && supplies[supplier][customer];
    }

    /** The divisions that supply this one or buy from it. */
    int[] partnersOf(int division) {
        return IntStream.range(0, DIVISIONS)
                .filter(other -> supplies(division, other) || supplies(other, division))
                .toArray();
    }
}
