package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The closest relation between our NACE activities: a division that supplies the other's, or the same class,
 * group or division. A supplier/customer relation counts most, because it is what cooperation across a value
 * chain looks like; doing the same thing is what competitors do, and counts little.
 */
final class NaceRule implements Rule {
    static final double SUPPLY_CHAIN = 1.0;
    static final double CLASS = 0.4;
    static final double GROUP = 0.35;
    static final double DIVISION = 0.3;
    private final SupplyChain supplyChain;

    NaceRule(SupplyChain supplyChain) {
        this.supplyChain = supplyChain;
    }

    @Override
    public Criterion criterion() {
        return Criterion.NACE;
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        var mine = me.nace;
        var theirs = them.nace;
        for (int my : mine.divisions()) {
            for (int their : theirs.divisions()) {
                if (supplyChain.supplies(their, my)) {
                    return found(SUPPLY_CHAIN, evidence, "their NACE division " + NaceCodes.division(their)
                            + " supplies your division " + NaceCodes.division(my));
                }
                if (supplyChain.supplies(my, their)) {
                    return found(SUPPLY_CHAIN, evidence, "your NACE division " + NaceCodes.division(my)
                            + " supplies their division " + NaceCodes.division(their));
                }
            }
        }
        for (int code : mine.classes()) {
            if (contains(theirs.classes(), code)) {
                return found(CLASS, evidence, "same NACE class " + NaceCodes.classCode(code));
            }
        }
        for (int code : mine.groups()) {
            if (contains(theirs.groups(), code)) {
                return found(GROUP, evidence, "same NACE group " + NaceCodes.group(code));
            }
        }
        for (int code : mine.divisions()) {
            if (contains(theirs.divisions(), code)) {
                return found(DIVISION, evidence, "same NACE division " + NaceCodes.division(code));
            }
        }
        return 0;
    }

    private static boolean contains(int[] codes, int code) {
        for (int each : codes) {
            if (each == code) {
                return true;
            }
        }
        return false;
    }

    private static double found(double fit, Evidence evidence, String line) {
        if (evidence.wanted()) {
            evidence.add(line);
        }
        return fit;
    }

    /** The best relation with a candidate is the best matching clause: a maximum, not a sum. */
    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        var relations = new ArrayList<Query>();
        for (int code : me.nace.classes()) {
            relations.add(clause(ProfileDocument.classTerm(code), weight * CLASS));
        }
        for (int code : me.nace.groups()) {
            relations.add(clause(ProfileDocument.groupTerm(code), weight * GROUP));
        }
        for (int division : me.nace.divisions()) {
            relations.add(clause(ProfileDocument.divisionTerm(division), weight * DIVISION));
            for (int partner : supplyChain.partnersOf(division)) {
                relations.add(clause(ProfileDocument.divisionTerm(partner), weight * SUPPLY_CHAIN));
            }
        }
        return relations.isEmpty() ? List.of() : List.of(new DisjunctionMaxQuery(relations, 0));
    }

    private static Query clause(String term, double boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ProfileDocument.NACE, term))), (float) boost);
    }
}
