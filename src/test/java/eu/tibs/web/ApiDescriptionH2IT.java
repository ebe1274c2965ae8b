package eu.tibs.web;

import java.util.List;
import java.util.Map;

import eu.tibs.support.OnH2;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document says what the server does: its name, the statuses it answers, the fields it requires. */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionH2IT {
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;

    @Test
    void theDocumentNamesTibsAndItsVersion() {
        var info = (Map<String, Object>) document().get("info");
        assertThat((String) info.get("title")).contains("TIBS");
        assertThat((String) info.get("version")).isNotEqualTo("v0").isNotBlank();
    }

    @Test
    void creationsAreDocumentedWithTheStatusTheServerAnswers() {
        assertThat(successes("/api/companies", "post")).containsExactly("201");
        assertThat(successes("/api/companies/{companyId}/cases", "post")).containsExactly("201");
        assertThat(successes("/api/public/applications", "post")).containsExactly("202");
        var broker = TestUsers.PL_BROKER.ensureIn(identity).client(anonymous);
        var created = broker.postForEntity("/api/companies", eu.tibs.support.Companies.podlaskieDairy(), Map.class);
        assertThat(successes("/api/companies", "post")).contains(String.valueOf(created.getStatusCode().value()));
    }

    @Test
    void aCompanysRequiredFieldsAreMarkedRequired() {
        var schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document().get("components"))
                .get("schemas");
        assertThat((List<String>) schemas.get("CompanyRequest").get("required")).contains("legalName", "registryId",
                "country", "regionCode", "sizeClass", "organisationType", "yearFounded", "naceCodes");
    }

    private List<String> successes(String path, String method) {
        var operation = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document().get("paths"))
                .get(path)).get(method);
        return ((Map<String, Object>) operation.get("responses")).keySet().stream()
                .filter(status -> status.startsWith("2")).toList();
    }

    private Map<String, Object> document() {
        return TestUsers.ADMIN.ensureIn(identity).client(anonymous).getForObject("/v3/api-docs", Map.class);
    }
}
