package eu.tibs.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.tibs.matching.MatchingWeights;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The weights a shortlist was made with, stored as JSON so that a new criterion needs no new column. */
@Converter
class WeightsColumn implements AttributeConverter<MatchingWeights, String> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(MatchingWeights weights) {
        try {
            return weights == null ? null : JSON.writeValueAsString(weights);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("weights are plain numbers", e);
        }
    }

    @Override
    public MatchingWeights convertToEntityAttribute(String json) {
        try {
            return json == null ? null : JSON.readValue(json, MatchingWeights.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable weights in proposal: " + json, e);
        }
    }
}
