package eu.tibs.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template file: a first line {@code Subject: ...}, a blank line, the body. Values are written {@code {{name}}};
 * a value the message lacks fails the rendering.
 */
record Template(String name, String language, String subject, String body) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
    private static final String SUBJECT = "Subject:";

    static Template parse(String name, String language, String text) {
        var normalised = text.replace("\r\n", "\n");
        int end = normalised.indexOf("\n\n");
        if (!normalised.startsWith(SUBJECT) || end < 0) {
            throw new IllegalStateException("Template " + name + "." + language
                    + " must start with 'Subject: ...' and a blank line before the body");
        }
        return new Template(name, language, normalised.substring(SUBJECT.length(), end).strip(),
                normalised.substring(end + 2).stripTrailing() + "\n");
    }

    /** The names of the values the subject and body use. */
    Set<String> placeholders() {
        var names = new LinkedHashSet<String>();
        PLACEHOLDER.matcher(subject + "\n" + body).results().forEach(m -> names.add(m.group(1)));
        return names;
    }

    RenderedText render(Map<String, String> values) {
        return new RenderedText(language, fill(subject, values), fill(body, values));
    }

    private String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new MissingTemplateValueException(name + "." + language, match.group(1));
            }
            return Matcher.quoteReplacement(value);
        });
    }
}
