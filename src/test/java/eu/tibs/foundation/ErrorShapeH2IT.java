package eu.tibs.foundation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import eu.tibs.support.OnH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal has one shape, problem details, including those made before TIBS's own code sees the request. */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorShapeH2IT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    @LocalServerPort
    int port;

    @Test
    void aHugeJsonBodyIsRefusedUnreadBeforeAnyoneLoggedIn() throws IOException, InterruptedException {
        String body = "{\"value\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        var answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/engine/engine/default/task/x/submit-form"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as("no Basic dialog in Tasklist").isEmpty();
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
            "/api/companies%2Fx, 400",
            "/api/companies/%2e%2e%2Fcases, 400",
            "/api/companies/%00, 400",
            "/public/apply.html%00.txt, 400",
            "/api/companies;jsessionid=1, 400",
            "/api/companies/;x/cases, 400",
            "//api/companies, 400",
            "/engine-rest//task, 400",
            "/error, 404",
            "/api/no-such-door, 401"})
    void aRefusalIsProblemDetails(String path, int status) throws IOException, InterruptedException {
        var answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("Exception", "Tomcat", "<html");
    }
}
