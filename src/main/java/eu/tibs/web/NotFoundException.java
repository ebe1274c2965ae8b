package eu.tibs.web;

/** The resource does not exist, or the caller may not know that it does. Answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
