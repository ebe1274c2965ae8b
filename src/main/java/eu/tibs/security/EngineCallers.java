package eu.tibs.security;

import java.util.Optional;
import java.util.regex.Pattern;

import eu.tibs.web.MatchedPath;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who calls the engine's REST API, through either of its two doors: /engine-rest with HTTP Basic (Spring Security
 * knows the caller) and the webapps' own {@code /camunda/api/engine/engine/{name}} with the webapps' session login.
 */
@Component
class EngineCallers {
    /** The engine REST API's doors; the rest of the path names the resource, like {@code /task/42/complete}. */
    private static final Pattern ENGINE_PATH =
            Pattern.compile("(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/([^/]+))(/.*)");

    /** The resource path within the engine REST API, or empty for any other path. */
    static Optional<String> enginePath(String matchedPath) {
        var matcher = ENGINE_PATH.matcher(matchedPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String path = matcher.group(2);
        return Optional.of(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** The logged-in caller of an engine REST request, or empty when there is none (the engine then refuses). */
    Optional<Actor> of(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getDetails() instanceof Actor actor) {
            return Optional.of(actor);
        }
        var session = request.getSession(false);
        var webappLogins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var matcher = ENGINE_PATH.matcher(MatchedPath.of(request));
        if (webappLogins == null || !matcher.matches() || matcher.group(1) == null) {
            return Optional.empty();
        }
        return webappLogins.getAuthentications().stream()
                .filter(login -> login.getProcessEngineName().equals(matcher.group(1)))
                .findFirst()
                .map(login -> new Actor(login.getName(), login.getGroupIds()));
    }
}
