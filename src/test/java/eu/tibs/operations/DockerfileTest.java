package eu.tibs.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The image is the jar and a Java runtime: nothing TIBS reads at run time is left outside the jar. */
class DockerfileTest {

    @Test
    void theImageCopiesTheJarAndNothingElse() throws IOException {
        var copies = Files.readAllLines(Path.of("docker/Dockerfile")).stream()
                .map(String::strip).filter(line -> line.startsWith("COPY") || line.startsWith("ADD")).toList();
        assertThat(copies).containsExactly("COPY target/tibs-*.jar /app/tibs.jar");
    }

    @Test
    void theTemplatesAProjectLeadEditsAreInTheJar() {
        assertThat(getClass().getResource("/notifications/broker-case-waiting.en.txt")).isNotNull();
        assertThat(getClass().getResource("/processes/brokerage-case.bpmn")).isNotNull();
    }
}
