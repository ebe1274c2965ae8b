package eu.tibs.matching;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;

/** A profile as the index holds it: the fields the rules' bound queries search, and the company id. */
final class ProfileDocument {
    static final String ID = "id";
    static final String ID_HIGH = "id_high";
    static final String ID_LOW = "id_low";
    static final String COUNTRY = "country";
    static final String TARGET_COUNTRIES = "target_country";
    static final String OFFER_TERMS = "offer_term";
    static final String NEED_TERM_SHARES = "need_term_share";
    static final String S3 = "s3";
    static final String REGION_S3 = "region_s3";
    static final String NACE = "nace";
    static final String COOPERATION = "cooperation";
    static final String LANGUAGE = "language";
    static final String SIZE = "size";
    /** FeatureField keeps 8 significant bits and rounds down; this keeps the stored share above the true one. */
    private static final double FEATURE_ROUNDING = 1 + 1.0 / 128;

    private ProfileDocument() {
    }

    static Document of(AnalyzedProfile analyzed, TermDictionary dictionary, TermWeights weights) {
        var profile = analyzed.profile;
        var document = new Document();
        document.add(new StringField(ID, profile.companyId().toString(), Field.Store.NO));
        document.add(new NumericDocValuesField(ID_HIGH, profile.companyId().getMostSignificantBits()));
        document.add(new NumericDocValuesField(ID_LOW, profile.companyId().getLeastSignificantBits()));
        document.add(new StringField(COUNTRY, profile.country(), Field.Store.NO));
        profile.targetCountries().forEach(country -> document.add(new StringField(TARGET_COUNTRIES, country, Field.Store.NO)));
        for (int term : analyzed.offerTerms) {
            document.add(new StringField(OFFER_TERMS, dictionary.term(term), Field.Store.NO));
        }
        analyzed.needTermShares(weights).forEach((term, share) ->
                document.add(new FeatureField(NEED_TERM_SHARES, dictionary.term(term), (float) (share * FEATURE_ROUNDING))));
        profile.s3Domains().forEach(domain -> document.add(new StringField(S3, domain, Field.Store.NO)));
        profile.regionS3Domains().forEach(domain -> document.add(new StringField(REGION_S3, domain, Field.Store.NO)));
        for (int code : analyzed.nace.classes()) {
            document.add(new StringField(NACE, classTerm(code), Field.Store.NO));
        }
        for (int code : analyzed.nace.groups()) {
            document.add(new StringField(NACE, groupTerm(code), Field.Store.NO));
        }
        for (int code : analyzed.nace.divisions()) {
            document.add(new StringField(NACE, divisionTerm(code), Field.Store.NO));
        }
        profile.cooperationTypes().forEach(type -> document.add(new StringField(COOPERATION, type, Field.Store.NO)));
        profile.languages().forEach(language -> document.add(new StringField(LANGUAGE, language, Field.Store.NO)));
        if (profile.sizeClass() != null) {
            document.add(new StringField(SIZE, profile.sizeClass(), Field.Store.NO));
        }
        return document;
    }

    static String classTerm(int code) {
        return "c" + code;
    }

    static String groupTerm(int code) {
        return "g" + code;
    }

    static String divisionTerm(int code) {
        return "d" + code;
    }
}
