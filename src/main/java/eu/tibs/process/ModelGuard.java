package eu.tibs.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelParseException;
import org.springframework.stereotype.Component;

/**
 * Refuses, before the engine parses it, every new deployment with a model that breaks {@link ModelRules}, whichever
 * door it comes through: Camunda Modeler or any client of {@code /engine-rest/deployment/create}, Cockpit, the Java
 * API, or TIBS's own start-up deployment. The engine answers a refused REST deployment with 400 listing each problem
 * and the element it names, and nothing of the deployment is stored.
 */
@Component
class ModelGuard extends AbstractProcessEnginePlugin implements Deployer {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : configuration.getCustomPreDeployers();
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a stored deployment loaded into the cache was checked when it was made
        }
        Set<String> formsHere = formIds(deployment);
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<ModelProblem> problems = problemsOf(resource, formsHere);
            if (!problems.isEmpty()) {
                throw new ParseException("TIBS refuses " + resource.getName() + ": " + problems, resource.getName(),
                        List.copyOf(problems), List.of());
            }
        }
    }

    private static List<ModelProblem> problemsOf(ResourceEntity resource, Set<String> formsHere) {
        String name = resource.getName();
        if (name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml")) {
            return List.of(new ModelProblem(name, "is a CMMN case model, which TIBS does not run"));
        }
        if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
            return List.of();
        }
        try {
            var model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
            return ModelRules.check(model, form -> formsHere.contains(form) || Context.getCommandContext()
                    .getCamundaFormDefinitionManager().findLatestDefinitionByKey(form) != null);
        } catch (ModelParseException unreadable) {
            return List.of(); // the engine's own parser names what is wrong with it
        }
    }

    private static Set<String> formIds(DeploymentEntity deployment) {
        Set<String> ids = new HashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".form")) {
                try {
                    ids.add(JSON.readTree(resource.getBytes()).path("id").asText());
                } catch (IOException unreadable) {
                    // the engine's form deployer names what is wrong with it
                }
            }
        }
        return ids;
    }
}
