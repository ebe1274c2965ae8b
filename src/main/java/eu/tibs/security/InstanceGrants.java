package eu.tibs.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Lets the broker groups a process instance is routed to read it, its variables and its history: every process,
 * present and future, grants the groups named in its routing variables ({@code homeBrokerGroup},
 * {@code counterpartBrokerGroup}, ...) when it starts, and again before each user task or called stage, because a
 * step may route the instance to a new group on the way (a proposal to another region, a case started from
 * Tasklist's start form). Models need no security wiring of their own.
 */
@Component
class InstanceGrants extends AbstractProcessEnginePlugin {
    static final String ROUTING_SUFFIX = "BrokerGroup";
    private static final ExecutionListener GRANT_ROUTED_GROUPS = InstanceGrants::grantRoutedGroups;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
                process.addListener(ExecutionListener.EVENTNAME_START, GRANT_ROUTED_GROUPS);
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(ExecutionListener.EVENTNAME_START, GRANT_ROUTED_GROUPS);
            }

            @Override
            public void parseCallActivity(Element callActivityElement, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(ExecutionListener.EVENTNAME_START, GRANT_ROUTED_GROUPS);
            }
        });
        configuration.setCustomPostBPMNParseListeners(parseListeners);
        // Without this, reading history needs READ_HISTORY on a whole definition: every region's cases at once.
        configuration.setEnableHistoricInstancePermissions(true);
    }

    /** A step may run as a broker, who may not create authorizations; the check is restored as it was afterwards. */
    private static void grantRoutedGroups(DelegateExecution execution) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            grant(execution);
            return null;
        });
    }

    private static void grant(DelegateExecution execution) {
        var authorizations = execution.getProcessEngineServices().getAuthorizationService();
        String instance = execution.getProcessInstanceId();
        execution.getVariableNames().stream()
                .filter(name -> name.endsWith(ROUTING_SUFFIX))
                .map(execution::getVariable)
                .filter(String.class::isInstance).map(String.class::cast)
                .distinct()
                .forEach(group -> {
                    grantOnce(authorizations, group, Resources.PROCESS_INSTANCE, instance, Permissions.READ);
                    grantOnce(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, instance,
                            HistoricProcessInstancePermissions.READ);
                });
    }

    private static void grantOnce(AuthorizationService authorizations, String group, Resource resource,
                                  String instance, Permission permission) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(instance).count() > 0;
        // Grants made earlier in this same command are not in the database yet, only in the engine's entity cache.
        boolean grantedInThisCommand = Context.getCommandContext().getDbEntityManager()
                .getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .anyMatch(cached -> group.equals(cached.getGroupId()) && instance.equals(cached.getResourceId())
                        && cached.getResourceType() == resource.resourceType());
        if (!granted && !grantedInThisCommand) {
            var authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(instance);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
