package eu.tibs.web;

import java.util.List;

/** Input that passed the format checks but breaks a domain rule, such as an unknown code. Answered with 422. */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
