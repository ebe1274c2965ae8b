package eu.tibs.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user logged in through TIBS's login page and calling the engine through the webapps' own REST API
 * ({@code /camunda/api/engine/engine/default/...}) with the session cookie and the webapps' CSRF token, as Tasklist does.
 */
public final class TasklistSession {
    public static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final TestRestTemplate http;
    private final String cookies;
    private final String csrfToken;

    private TasklistSession(TestRestTemplate http, String cookies, String csrfToken) {
        this.http = http;
        this.cookies = cookies;
        this.csrfToken = csrfToken;
    }

    public static TasklistSession logIn(TestRestTemplate anonymous, TestUsers user) {
        var loggedIn = attemptLogIn(anonymous, user.id(), TestUsers.PASSWORD);
        assertThat(loggedIn.location()).as("where the login sends the user").hasPath("/workspace");
        // The webapps hand out their own CSRF token with their first page.
        var tasklist = anonymous.exchange("/camunda/app/tasklist/", HttpMethod.GET,
                new HttpEntity<>(cookieHeader(loggedIn.cookies())), String.class);
        String token = tasklist.getHeaders().getFirst("X-XSRF-TOKEN");
        return new TasklistSession(anonymous, loggedIn.cookies() + "; XSRF-TOKEN=" + token, token);
    }

    /** Where the login page sends a browser that posted this user name and password, such as {@code /login?error}. */
    public static String logInOutcome(TestRestTemplate anonymous, String userId, String password) {
        var location = attemptLogIn(anonymous, userId, password).location();
        return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
    }

    /** The login page's answer: where it redirects, and the session cookie it set. */
    private record LoginAnswer(URI location, String cookies) {
    }

    private static LoginAnswer attemptLogIn(TestRestTemplate anonymous, String userId, String password) {
        var page = anonymous.getForEntity("/login", String.class);
        var token = LOGIN_TOKEN.matcher(page.getBody());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + encoded(userId) + "&password=" + encoded(password)
                + "&_csrf=" + encoded(token.group(1));
        // The JDK's client follows no redirect, so the answer's Location says how the login went.
        var request = HttpRequest.newBuilder(URI.create(anonymous.getRootUri() + "/login"))
                .header(HttpHeaders.COOKIE, cookiesOf(page))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            var answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
            return new LoginAnswer(URI.create(answer.headers().firstValue(HttpHeaders.LOCATION).orElseThrow()),
                    namesAndValues(answer.headers().allValues(HttpHeaders.SET_COOKIE)));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The login page did not answer", e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A request to the engine as Tasklist sends it; {@code path} is relative to the engine, like {@code /task}. */
    public ResponseEntity<String> exchange(HttpMethod method, String path, Object body) {
        var headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(ENGINE + path, method, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<List> list(String path) {
        return http.exchange(ENGINE + path, HttpMethod.GET, new HttpEntity<>(headers()), List.class);
    }

    public ResponseEntity<String> complete(String taskId, Map<String, Object> variables) {
        return exchange(HttpMethod.POST, "/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private HttpHeaders headers() {
        var headers = cookieHeader(cookies);
        headers.add("X-XSRF-TOKEN", csrfToken);
        return headers;
    }

    private static HttpHeaders cookieHeader(String cookies) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookies);
        return headers;
    }

    private static String cookiesOf(ResponseEntity<?> response) {
        return namesAndValues(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
    }

    private static String namesAndValues(List<String> setCookies) {
        return String.join("; ", setCookies.stream().map(cookie -> cookie.split(";", 2)[0]).toList());
    }
}
