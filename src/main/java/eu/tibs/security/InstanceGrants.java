package eu.tibs.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Lets the broker groups a process instance is routed to read it, its variables and its history: every process,
 * present and future, gets a start listener that grants the groups named in its routing variables
 * ({@code homeBrokerGroup}, {@code counterpartBrokerGroup}, ...). Models need no security wiring of their own.
 */
@Component
class InstanceGrants extends AbstractProcessEnginePlugin {
    static final String ROUTING_SUFFIX = "BrokerGroup";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
                process.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) InstanceGrants::grantRoutedGroups);
            }
        });
        configuration.setCustomPostBPMNParseListeners(parseListeners);
        // Without this, reading history needs READ_HISTORY on a whole definition: every region's cases at once.
        configuration.setEnableHistoricInstancePermissions(true);
    }

    private static void grantRoutedGroups(DelegateExecution execution) {
        // A stage called while a broker completes a task runs as that broker, who may not create authorizations.
        var commandContext = Context.getCommandContext();
        commandContext.disableAuthorizationCheck();
        try {
            grant(execution);
        } finally {
            commandContext.enableAuthorizationCheck();
        }
    }

    private static void grant(DelegateExecution execution) {
        var authorizations = execution.getProcessEngineServices().getAuthorizationService();
        List<String> groups = execution.getVariableNames().stream()
                .filter(name -> name.endsWith(ROUTING_SUFFIX))
                .map(execution::getVariable)
                .filter(String.class::isInstance).map(String.class::cast)
                .distinct().toList();
        for (String group : groups) {
            var instance = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            instance.setGroupId(group);
            instance.setResource(Resources.PROCESS_INSTANCE);
            instance.setResourceId(execution.getProcessInstanceId());
            instance.addPermission(Permissions.READ);
            authorizations.saveAuthorization(instance);
            var history = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            history.setGroupId(group);
            history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            history.setResourceId(execution.getProcessInstanceId());
            history.addPermission(HistoricProcessInstancePermissions.READ);
            authorizations.saveAuthorization(history);
        }
    }
}
