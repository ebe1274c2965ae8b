package eu.tibs.web;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;

/** Reads a JSON body token by token and names the first text in it, or the first ambiguity, that must be refused. */
final class JsonText {
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** The field named when the body as a whole is at fault. */
    private static final String BODY = "body";

    private JsonText() {
    }

    static Optional<FieldProblem> problemIn(byte[] body) {
        try (JsonParser parser = STRICT.createParser(body)) {
            int depth = 0;
            int roots = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (depth == 0 && ++roots > 1) {
                    return Optional.of(new FieldProblem(BODY, "holds more than one JSON value"));
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    var problem = problemWith(parser.getText());
                    if (problem.isPresent()) {
                        return Optional.of(new FieldProblem(path(parser.getParsingContext()), problem.get()));
                    }
                }
            }
            return Optional.empty();
        } catch (StreamReadException unreadable) {
            var context = unreadable.getProcessor() == null ? null : unreadable.getProcessor().getParsingContext();
            return Optional.of(new FieldProblem(path(context), "is not valid JSON: " + unreadable.getOriginalMessage()));
        } catch (IOException unreadable) {
            return Optional.of(new FieldProblem(BODY, "is not valid JSON"));
        }
    }

    /** What is wrong with one text, if anything: a NUL character or half of a UTF-16 surrogate pair. */
    static Optional<String> problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("must not hold a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not hold half of a UTF-16 surrogate pair");
            }
        }
        return Optional.empty();
    }

    /** The field as a client wrote it: {@code contacts[0].email}. */
    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return BODY;
        }
        String parent = context.getParent().inRoot() ? "" : path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        String name = context.getCurrentName() == null ? "" : context.getCurrentName();
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
