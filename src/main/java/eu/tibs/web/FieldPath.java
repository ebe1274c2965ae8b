package eu.tibs.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import jakarta.validation.Path;

/** Field names as a client wrote them: {@code contacts[0].email}. */
final class FieldPath {
    private FieldPath() {
    }

    static String of(List<Reference> path) {
        var field = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** A method parameter's violation path reads {@code method.param}: the client knows only {@code param}. */
    static String leafOf(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }
}
