package eu.tibs.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTemplatesTest {
    static final List<String> REGION_LANGUAGES = List.of("en", "pl", "lt", "lv", "et", "da", "de", "fi");

    private final NotificationTemplates templates = new NotificationTemplates();

    @Test
    void everyKindRendersInEveryLanguageWithTheValuesItProvides() {
        for (NotificationKind kind : NotificationKind.values()) {
            var values = kind.templateValues().stream().collect(Collectors.toMap(Function.identity(), v -> "<" + v + ">"));
            for (String language : REGION_LANGUAGES) {
                var text = templates.render(kind, language, values);
                assertThat(text.subject() + text.body()).as(kind + "." + language).doesNotContain("{{")
                        .contains(values.containsKey("link") ? "<link>" : "<caseId>");
            }
        }
    }

    @Test
    void companiesReadTheirRegionsLanguageAndBrokersEnglish() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (String language : REGION_LANGUAGES) {
                assertThat(templates.has(kind, language)).as(kind + "." + language)
                        .isEqualTo(kind.isCompanyFacing() || language.equals("en"));
            }
        }
        assertThat(templates.render(NotificationKind.BROKER_CASE_WAITING, "pl", Map.of("caseId", "1",
                "companyName", "c", "stage", "INTAKE", "tasklistUrl", "t")).language()).isEqualTo("en");
    }

    @Test
    void aMissingValueFailsTheRenderingInsteadOfLeavingABlank() {
        var template = Template.parse("company-intake-confirmation", "en", "Subject: Hello {{contactName}}\n\nBody");
        assertThatThrownBy(() -> template.render(Map.of()))
                .isInstanceOf(MissingTemplateValueException.class)
                .hasMessageContaining("{{contactName}}");
    }

    @Test
    void aTemplateNamingAValueItsKindDoesNotHaveStopsTheStart() {
        var resolver = new PathMatchingResourcePatternResolver() {
            @Override
            public Resource[] getResources(String pattern) {
                return new Resource[] {file("broker-case-waiting.en.txt", "Subject: {{caseId}}\n\n{{companyPhone}}")};
            }
        };
        assertThatThrownBy(() -> new NotificationTemplates(resolver))
                .isInstanceOf(MissingTemplateValueException.class)
                .hasMessageContaining("{{companyPhone}}");
    }

    @Test
    void aFileInTheOverridesFolderReplacesTheJarsTemplateAndIsCheckedToo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broker-case-waiting.en.txt"), "Subject: Case {{caseId}} waits\n\nOperators' text");
        var overridden = new NotificationTemplates(folder.toString());
        var text = overridden.render(NotificationKind.BROKER_CASE_WAITING, "en", Map.of("caseId", "1",
                "companyName", "c", "stage", "INTAKE", "tasklistUrl", "t"));
        assertThat(text.subject()).isEqualTo("Case 1 waits");
        assertThat(overridden.has(NotificationKind.BROKER_CASE_WAITING, "en")).isTrue();

        Files.writeString(folder.resolve("broker-case-waiting.en.txt"), "Subject: {{caseId}}\n\n{{companyPhone}}");
        assertThatThrownBy(() -> new NotificationTemplates(folder.toString()))
                .isInstanceOf(MissingTemplateValueException.class);
    }

    @Test
    void aTemplateWithoutSubjectLineIsRefused() {
        assertThatThrownBy(() -> Template.parse("x", "en", "Hello {{contactName}}"))
                .hasMessageContaining("must start with 'Subject: ...'");
    }

    private static Resource file(String name, String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
