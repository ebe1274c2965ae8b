package eu.tibs.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.MIGRATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

/**
 * Camunda authorizations of each role, kept in step with our own API's rules. Tasks are granted by the engine to
 * their candidate groups (TASK_WORK, see {@link EngineSecuritySettings}), process instances by {@link InstanceGrants}
 * to the groups a case routes to; this class grants what a role may do everywhere, and exactly that: a permission
 * an earlier version granted is revoked. Nobody but admins starts a process through the engine: cases open through
 * our API, which checks the company's region and open cases. Idempotent: every node runs it at start-up.
 */
@Component
class AuthorizationSetup {
    private static final String ANY = "*";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final ReferenceData referenceData;
    private final Map<Grant, Set<Permission>> wanted = new LinkedHashMap<>();

    AuthorizationSetup(AuthorizationService authorizations, FilterService filters, ReferenceData referenceData) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.referenceData = referenceData;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public synchronized void grantRoles() {
        wanted.clear();
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
        // Project leads deploy new versions and migrate running cases to them; they do not work or steer cases.
        for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.DECISION_DEFINITION,
                Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.BATCH)) {
            grant(leads, resource, ANY, ALL);
        }
        grant(leads, Resources.PROCESS_DEFINITION, ANY, READ, UPDATE, DELETE, READ_INSTANCE, READ_HISTORY, READ_TASK,
                MIGRATE_INSTANCE);
        grant(leads, Resources.PROCESS_INSTANCE, ANY, READ);
        grant(leads, Resources.TASK, ANY, READ);
        grant(leads, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(leads, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);

        for (Resources resource : Resources.values()) {
            grant(BrokerGroups.ADMINS, resource, ANY, ALL);
        }
        wanted.forEach(this::save);
        revokeWhatIsNoLongerWanted();
    }

    /** What everyone who works tasks needs: Tasklist, our filters, the models, colleagues' names. */
    private void grantWorker(String group) {
        grant(group, Resources.APPLICATION, "tasklist", ACCESS);
        for (Filter filter : filters.createFilterQuery().list()) {
            grant(group, Resources.FILTER, filter.getId(), READ);
        }
        grant(group, Resources.PROCESS_DEFINITION, ANY, READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, READ);
        grant(group, Resources.USER, ANY, READ);
        grant(group, Resources.GROUP, ANY, READ);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        wanted.computeIfAbsent(new Grant(group, resource.resourceType(), resourceId), key -> new HashSet<>())
                .addAll(List.of(permissions));
    }

    private void save(Grant grant, Set<Permission> permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(grant.group())
                .resourceType(grant.resourceType()).resourceId(grant.resourceId()).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(grant.group());
            authorization.setResourceType(grant.resourceType());
            authorization.setResourceId(grant.resourceId());
        }
        int mask = permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        if (existing == null || ((AuthorizationEntity) existing).getPermissions() != mask) {
            authorization.setPermissions(permissions.toArray(Permission[]::new));
            authorizations.saveAuthorization(authorization);
        }
    }

    /** Role-wide grants ("*") of our groups that this version no longer makes. Per-case grants are not touched. */
    private void revokeWhatIsNoLongerWanted() {
        var groups = wanted.keySet().stream().map(Grant::group).distinct().toArray(String[]::new);
        authorizations.createAuthorizationQuery().groupIdIn(groups).list().stream()
                .filter(existing -> ANY.equals(existing.getResourceId()))
                .filter(existing -> !wanted.containsKey(new Grant(existing.getGroupId(), existing.getResourceType(),
                        existing.getResourceId())))
                .forEach(stale -> authorizations.deleteAuthorization(stale.getId()));
    }

    /** One role-wide authorization: a group, a resource type and an id or "*". */
    private record Grant(String group, int resourceType, String resourceId) {
    }
}
