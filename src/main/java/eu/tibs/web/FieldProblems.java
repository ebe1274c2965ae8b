package eu.tibs.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the domain rule violations of one request, so that the answer names all of them at once. */
public final class FieldProblems {
    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldProblems add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    /** Adds a problem for the field when the codes are not empty, naming them. */
    public FieldProblems unknownCodes(String field, Collection<String> codes, String codeList) {
        if (!codes.isEmpty()) {
            add(field, "unknown " + codeList + ": " + String.join(", ", codes));
        }
        return this;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
