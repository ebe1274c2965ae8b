package eu.tibs.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * A body is read as the client wrote it or refused: what Jackson would guess (a number for text or an enum, text
 * for a number, a fraction for a whole number, the first of two values for one key, JSON followed by garbage)
 * could store what the client did not mean. Duplicate keys and trailing values are refused earlier, by
 * {@link TextGate}, on every door.
 */
@Component
class JsonStrictness implements Jackson2ObjectMapperBuilderCustomizer {
    @Override
    public void customize(Jackson2ObjectMapperBuilder builder) {
        builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        builder.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        builder.postConfigurer(mapper -> {
            mapper.registerModule(new SimpleModule("tibs-exact-codes").setDeserializerModifier(new ExactEnumText()));
            var text = mapper.coercionConfigFor(LogicalType.Textual);
            text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            text.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            text.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            var enums = mapper.coercionConfigFor(LogicalType.Enum);
            enums.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            enums.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }
}
