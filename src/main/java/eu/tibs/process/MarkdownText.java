package eu.tibs.process;

import java.util.stream.Collectors;

/**
 * Text that a company or a broker wrote, made safe to template into a Camunda Form's markdown: every ASCII
 * punctuation mark is escaped, so a keyword can neither close a code block nor make a link, an image, a heading or
 * HTML, and bare addresses are not turned into links. Line breaks stay; indentation is kept with no-break spaces
 * so that it does not start a code block.
 */
public final class MarkdownText {
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final char NO_BREAK_SPACE = '\u00a0';

    private MarkdownText() {
    }

    /** The text as literal markdown: it shows exactly as written, line by line. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().map(MarkdownText::escapeLine).collect(Collectors.joining("  \n"));
    }

    private static String escapeLine(String line) {
        var escaped = new StringBuilder(line.length() + 8);
        boolean leading = true;
        for (char c : line.toCharArray()) {
            leading = leading && Character.isWhitespace(c);
            if (leading) {
                escaped.append(NO_BREAK_SPACE);
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else {
                escaped.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return escaped.toString();
    }
}
