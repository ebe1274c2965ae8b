package eu.tibs.web;

/** One bad field of a request: where it is ({@code contacts[0].email}) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
