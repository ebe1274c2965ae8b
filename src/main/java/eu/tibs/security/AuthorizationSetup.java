package eu.tibs.security;

import java.util.List;

import eu.tibs.reference.ReferenceData;
import eu.tibs.reference.Region;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

/**
 * Camunda authorizations of each role, kept in step with our own API's rules. Tasks are granted by the engine to
 * their candidate groups, process instances by {@link InstanceGrants} to the groups a case routes to; this class
 * grants what a role may do everywhere. Idempotent: every node runs it at start-up.
 */
@Component
class AuthorizationSetup {
    static final String BROKERAGE_CASE_PROCESS = "brokerage-case";
    private static final String ANY = "*";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final ReferenceData referenceData;

    AuthorizationSetup(AuthorizationService authorizations, FilterService filters, ReferenceData referenceData) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.referenceData = referenceData;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void grantRoles() {
        for (Region region : referenceData.regions()) {
            grantWorker(BrokerGroups.of(region.getCode()));
        }
        String coordinators = BrokerGroups.COORDINATORS;
        grantWorker(coordinators);
        grant(coordinators, Resources.APPLICATION, "cockpit", ACCESS);
        grant(coordinators, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        grant(coordinators, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        grant(coordinators, Resources.PROCESS_INSTANCE, ANY, READ);
        grant(coordinators, Resources.TASK, ANY, READ);
        grant(coordinators, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(coordinators, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(coordinators, Resources.DEPLOYMENT, ANY, READ);

        String leads = BrokerGroups.PROJECT_LEADS;
        grantWorker(leads);
        grant(leads, Resources.APPLICATION, "cockpit", ACCESS);
        for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
                Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.PROCESS_INSTANCE,
                Resources.BATCH)) {
            // Project leads deploy new versions and migrate running cases to them.
            grant(leads, resource, ANY, ALL);
        }
        grant(leads, Resources.TASK, ANY, READ);
        grant(leads, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(leads, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        for (Resources resource : Resources.values()) {
            grant(BrokerGroups.ADMINS, resource, ANY, ALL);
        }
    }

    /** What everyone who works tasks needs: Tasklist, our filters, the models, colleagues' names, starting a case. */
    private void grantWorker(String group) {
        grant(group, Resources.APPLICATION, "tasklist", ACCESS);
        for (Filter filter : filters.createFilterQuery().list()) {
            grant(group, Resources.FILTER, filter.getId(), READ);
        }
        grant(group, Resources.PROCESS_DEFINITION, ANY, READ);
        grant(group, Resources.PROCESS_DEFINITION, BROKERAGE_CASE_PROCESS, CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
        grant(group, Resources.DECISION_DEFINITION, ANY, READ);
        grant(group, Resources.USER, ANY, READ);
        grant(group, Resources.GROUP, ANY, READ);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
