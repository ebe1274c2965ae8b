package eu.tibs.notification;

/** A message's subject and body in the language they were written in. */
record RenderedText(String language, String subject, String body) {
}
