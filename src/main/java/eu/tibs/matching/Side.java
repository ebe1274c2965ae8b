package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

/** What a company needs or offers in one value-chain component: keywords and a short text. */
public record Side(List<String> keywords, String text) {

    public Side {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        text = text == null ? "" : text;
    }

    /** The phrases matching reads and quotes as evidence: each keyword, then the text. */
    List<String> phrases() {
        var phrases = new ArrayList<String>(keywords.size() + 1);
        for (var keyword : keywords) {
            if (!keyword.isBlank()) {
                phrases.add(keyword.strip());
            }
        }
        if (!text.isBlank()) {
            phrases.add(text.strip());
        }
        return phrases;
    }
}
