package eu.tibs.profile;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keywords are stored in one column, separated by semicolons (which a keyword may not contain). */
@Converter
class KeywordList implements AttributeConverter<List<String>, String> {
    static final String SEPARATOR = ";";

    @Override
    public String convertToDatabaseColumn(List<String> keywords) {
        return keywords == null || keywords.isEmpty() ? null : String.join(SEPARATOR, keywords);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(SEPARATOR));
    }
}
