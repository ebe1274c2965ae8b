package eu.tibs.notification;

/** A template names a value that its message does not have: a bug to see at once, never a blank in an e-mail. */
class MissingTemplateValueException extends IllegalStateException {
    MissingTemplateValueException(String template, String value) {
        super("Template " + template + " needs {{" + value + "}}, which its message does not provide");
    }
}
