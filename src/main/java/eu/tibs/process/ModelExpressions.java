package eu.tibs.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an expression in a model may reach: process variables by name, the beans the engine is given (our delegates
 * and listeners, see {@link ModelBeans}), and these few calls. Anything else, a method of any other object, a chained
 * call, an indexed or function call, is refused, so that {@code execution.getProcessEngineServices()} or a data
 * source is out of a model's reach however the model is deployed.
 */
public final class ModelExpressions {
    /** The calls and properties a model may use, by the bean or object they are made on. */
    public static final Map<String, Set<String>> ALLOWED_MEMBERS = Map.of(
            "deadlines", Set.of("of"),
            "caseStages", Set.of("enter"),
            "execution", Set.of("getVariable", "hasVariable", "processBusinessKey"));
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof");

    private ModelExpressions() {
    }

    /** The problems of every {@code ${...}} and {@code #{...}} in a text of a model. */
    static List<String> problemsIn(String text) {
        List<String> problems = new ArrayList<>();
        for (int start = nextExpression(text, 0); start >= 0; start = nextExpression(text, start + 2)) {
            int end = skipTo(text, start + 2, '}');
            problems.addAll(problemsOfBody(text.substring(start + 2, Math.min(end, text.length()))));
        }
        return problems;
    }

    private static int nextExpression(String text, int from) {
        int dollar = text.indexOf("${", from);
        int hash = text.indexOf("#{", from);
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
    }

    private static List<String> problemsOfBody(String body) {
        List<String> problems = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(body, i) + 1;
            } else if (Character.isJavaIdentifierStart(c) && !partOfWordOrMember(body, i)) {
                int end = identifierEnd(body, i);
                problemOfChain(body, body.substring(i, end), end).ifPresent(problems::add);
                i = end;
            } else {
                i++;
            }
        }
        return problems;
    }

    /** The head of a chain such as {@code execution.getVariable('x')} may reach one allowed member and no further. */
    private static Optional<String> problemOfChain(String body, String head, int end) {
        if (KEYWORDS.contains(head)) {
            return Optional.empty();
        }
        int next = skipSpace(body, end);
        char after = charAt(body, next);
        if (after == '(' || after == '[') {
            return Optional.of("uses " + head + after + " which a model may not call or index");
        }
        if (after != '.') {
            return Optional.empty();
        }
        int memberStart = skipSpace(body, next + 1);
        int memberEnd = identifierEnd(body, memberStart);
        String member = head + "." + body.substring(memberStart, memberEnd);
        if (!ALLOWED_MEMBERS.getOrDefault(head, Set.of()).contains(body.substring(memberStart, memberEnd))) {
            return Optional.of("uses " + member + ", which is not one of " + allowed());
        }
        int tail = skipSpace(body, memberEnd);
        if (charAt(body, tail) == '(') {
            tail = skipSpace(body, skipTo(body, tail + 1, ')') + 1);
        }
        char chained = charAt(body, tail);
        return chained == '.' || chained == '[' || chained == '('
                ? Optional.of("reaches past " + member + ", which a model may not")
                : Optional.empty();
    }

    private static String allowed() {
        return ALLOWED_MEMBERS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> entry.getValue().stream().sorted().map(member -> entry.getKey() + "." + member))
                .toList().toString();
    }

    /** A letter inside a number ({@code 1e3}) or a member name after a dot is not the head of a chain. */
    private static boolean partOfWordOrMember(String body, int i) {
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(body.charAt(before))) {
            before--;
        }
        return i > 0 && Character.isLetterOrDigit(body.charAt(i - 1)) || before >= 0 && body.charAt(before) == '.';
    }

    /** The index of the closing character that ends what starts at {@code from}, past nested brackets and strings. */
    private static int skipTo(String text, int from, char closing) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(text, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == closing && depth == 0) {
                return i;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            }
        }
        return text.length();
    }

    private static int skipString(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int identifierEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
    }
}
