package eu.tibs.web;

/** The request clashes with what is stored, such as a registry id that is taken. Answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
