package eu.tibs.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user logged in to Tasklist, calling the engine through the webapps' own REST API
 * ({@code /camunda/api/engine/engine/default/...}) with the session cookie and CSRF token as the browser does.
 */
public final class TasklistSession {
    public static final String ENGINE = "/camunda/api/engine/engine/default";
    private final TestRestTemplate http;
    private final String cookies;
    private final String csrfToken;

    private TasklistSession(TestRestTemplate http, String cookies, String csrfToken) {
        this.http = http;
        this.cookies = cookies;
        this.csrfToken = csrfToken;
    }

    public static TasklistSession logIn(TestRestTemplate anonymous, TestUsers user) {
        var anonymousSession = welcome(anonymous);
        var loggedIn = attemptLogIn(anonymousSession, user.id(), TestUsers.PASSWORD);
        assertThat(loggedIn.getStatusCode().value()).as(loggedIn.getBody()).isEqualTo(200);
        String token = anonymousSession.csrfToken;
        String sessionCookies = cookiesOf(loggedIn).isEmpty() ? anonymousSession.cookies
                : cookiesOf(loggedIn) + "; XSRF-TOKEN=" + token;
        String newToken = loggedIn.getHeaders().getFirst("X-XSRF-TOKEN");
        return new TasklistSession(anonymous, sessionCookies, newToken == null ? token : newToken);
    }

    /** The status the webapps' login form answers, with a valid CSRF token, for this user name and password. */
    public static int logInStatus(TestRestTemplate anonymous, String userId, String password) {
        return attemptLogIn(welcome(anonymous), userId, password).getStatusCode().value();
    }

    private static TasklistSession welcome(TestRestTemplate anonymous) {
        var welcome = anonymous.getForEntity("/camunda/app/tasklist/", String.class);
        return new TasklistSession(anonymous, cookiesOf(welcome), welcome.getHeaders().getFirst("X-XSRF-TOKEN"));
    }

    private static ResponseEntity<String> attemptLogIn(TasklistSession anonymous, String userId, String password) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", userId);
        form.add("password", password);
        var headers = anonymous.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return anonymous.http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
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
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookies);
        headers.add("X-XSRF-TOKEN", csrfToken);
        return headers;
    }

    private static String cookiesOf(ResponseEntity<?> response) {
        List<String> set = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        return String.join("; ", set.stream().map(cookie -> cookie.split(";", 2)[0]).toList());
    }
}
