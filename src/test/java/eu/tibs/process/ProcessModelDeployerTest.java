package eu.tibs.process;

import java.net.MalformedURLException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessModelDeployerTest {

    @Test
    void aModelHasTheSameNameFromAJarAndFromAFolder() throws MalformedURLException {
        var fromJar = new UrlResource("jar:file:/opt/tibs.jar!/BOOT-INF/classes!/processes/intake.bpmn");
        var fromFolder = new UrlResource("file:/home/dev/tibs/target/classes/processes/intake.bpmn");
        assertThat(ProcessModelDeployer.stableName(fromJar, "processes")).isEqualTo("processes/intake.bpmn");
        assertThat(ProcessModelDeployer.stableName(fromFolder, "processes")).isEqualTo("processes/intake.bpmn");
    }

    @Test
    void subfoldersAreKept() throws MalformedURLException {
        var form = new UrlResource("file:/work/processes/target/classes/forms/proposal/counterpart-review.form");
        assertThat(ProcessModelDeployer.stableName(form, "forms")).isEqualTo("forms/proposal/counterpart-review.form");
    }
}
