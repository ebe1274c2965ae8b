package eu.tibs.operations;

import java.util.Map;

import eu.tibs.support.OnPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static eu.tibs.support.OnPostgres.Connection.FIRST_ADMIN;
import static eu.tibs.support.OnPostgres.Connection.FIRST_ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A node run for real gets its first administrator from the environment, and no visitor can make one. */
@OnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstAdminPostgresIT {
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;

    @Test
    void theAdministratorNamedInTheEnvironmentAdministers() {
        assertThat(identity.checkPassword(FIRST_ADMIN, FIRST_ADMIN_PASSWORD)).isTrue();
        assertThat(identity.createGroupQuery().groupMember(FIRST_ADMIN).groupId("camunda-admin").count()).isOne();
        var answer = anonymous.withBasicAuth(FIRST_ADMIN, FIRST_ADMIN_PASSWORD).getForEntity("/api/audit", Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/camunda/app/admin/default/setup/", "/camunda/app/admin/default/%73etup/",
            "/camunda/app/admin/default/./setup/"})
    void theSetupPageIsClosed(String path) {
        var answer = anonymous.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getStatusCode().toString()).isTrue();
        assertThat(answer.getBody()).doesNotContain("<html");
    }

    @Test
    void theSetupApiCreatesNoAdministrator() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var user = "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"I\", \"lastName\": \"N\", \"email\": "
                + "\"i@example.com\"}, \"credentials\": {\"password\": \"intruder-Pass-1\"}}";
        var answer = anonymous.postForEntity("/camunda/api/admin/setup/default/user/create",
                new HttpEntity<>(user, headers), String.class);
        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }
}
