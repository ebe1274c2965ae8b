package eu.tibs.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ from the classpath under names relative to those folders ({@code processes/intake.bpmn}),
 * whether TIBS runs from a jar, from Maven or from an IDE. Only changed resources get a new version, so restarting a
 * node, or starting several, creates none. Camunda's own auto-deployment is off because it names exploded-classpath
 * files by their absolute path.
 */
@Component
class ProcessModelDeployer {
    static final String DEPLOYMENT_NAME = "tibs";
    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);
    private static final List<String> PATTERNS = List.of("processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

    private final RepositoryService repository;

    ProcessModelDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void deploy() throws IOException {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("TIBS start-up")
                .enableDuplicateFiltering(true);
        var resolver = new PathMatchingResourcePatternResolver();
        int count = 0;
        for (String pattern : PATTERNS) {
            for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                deployment.addInputStream(stableName(resource, pattern.substring(0, pattern.indexOf('/'))),
                        resource.getInputStream());
                count++;
            }
        }
        var deployed = deployment.deployWithResult();
        log.info("{} process resources checked, deployment {} holds the changed ones", count, deployed.getId());
    }

    static String stableName(Resource resource, String folder) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("/" + folder + "/") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
