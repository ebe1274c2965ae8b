package eu.tibs.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The message templates under {@code notifications/}, named {@code <kind>.<language>.txt}, which a project lead edits
 * without Java. They ship in the jar; an operator may replace any of them with a file of the same name in the folder
 * {@code TIBS_NOTIFICATIONS_TEMPLATES}. All are read and checked at start-up: a kind without an English template, or a template naming a value
 * its kind does not have, stops TIBS from starting instead of sending a broken message later.
 */
@Component
class NotificationTemplates {
    static final String LOCATION = "classpath*:notifications/*.txt";
    static final String FALLBACK = "en";

    private final Map<String, Template> byNameAndLanguage = new HashMap<>();

    NotificationTemplates() {
        this(new PathMatchingResourcePatternResolver());
    }

    NotificationTemplates(ResourcePatternResolver resources) {
        this(resources, "");
    }

    /** The jar's templates, each replaced by a file of the same name in the overrides folder, if one is given. */
    @Autowired
    NotificationTemplates(@Value("${tibs.notifications.templates:}") String overrides) {
        this(new PathMatchingResourcePatternResolver(), overrides);
    }

    NotificationTemplates(ResourcePatternResolver resources, String overrides) {
        load(resources, LOCATION);
        if (!overrides.isBlank()) {
            load(resources, Path.of(overrides).toUri() + "*.txt");
        }
        Arrays.stream(NotificationKind.values()).forEach(this::check);
    }

    private void load(ResourcePatternResolver resources, String location) {
        try {
            for (Resource file : resources.getResources(location)) {
                String[] parts = file.getFilename().split("\\.");
                var template = Template.parse(parts[0], parts[1], file.getContentAsString(StandardCharsets.UTF_8));
                byNameAndLanguage.put(parts[0] + "." + parts[1], template);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Notification templates could not be read from " + location, e);
        }
    }

    /** The kind's text in the language, or in English when there is no template in that language. */
    RenderedText render(NotificationKind kind, String language, Map<String, String> values) {
        var template = byNameAndLanguage.getOrDefault(kind.templateName() + "." + language,
                byNameAndLanguage.get(kind.templateName() + "." + FALLBACK));
        return template.render(values);
    }

    boolean has(NotificationKind kind, String language) {
        return byNameAndLanguage.containsKey(kind.templateName() + "." + language);
    }

    private void check(NotificationKind kind) {
        if (!has(kind, FALLBACK)) {
            throw new IllegalStateException("No template notifications/" + kind.templateName() + ".en.txt");
        }
        byNameAndLanguage.values().stream().filter(t -> t.name().equals(kind.templateName())).forEach(t ->
                t.placeholders().stream().filter(name -> !kind.templateValues().contains(name)).findFirst().ifPresent(name -> {
                    throw new MissingTemplateValueException(t.name() + "." + t.language(), name);
                }));
    }
}
