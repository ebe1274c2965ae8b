package eu.tibs.profile;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** A company's current state (1-5), needs and offers in one value-chain component. */
@Embeddable
public record ValueChainEntry(
        @Column(name = "component_code") String component,
        Integer state,
        @Convert(converter = KeywordList.class) List<String> needKeywords,
        String needText,
        @Convert(converter = KeywordList.class) List<String> offerKeywords,
        String offerText) {

    public ValueChainEntry {
        needKeywords = needKeywords == null ? List.of() : List.copyOf(needKeywords);
        offerKeywords = offerKeywords == null ? List.of() : List.copyOf(offerKeywords);
    }
}
