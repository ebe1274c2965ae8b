package eu.tibs.security;

import java.util.List;
import java.util.Map;

import eu.tibs.reference.ReferenceData;
import eu.tibs.reference.Region;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every region has its broker group and Tasklist has the filters brokers work from. Idempotent, so every
 * node runs it at start-up; a node that loses a creation race to another finds the group there next time.
 */
@Component
class IdentitySetup {
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    static final String MY_REGION_FILTER = TasklistFilters.MY_REGION;
    static final String MY_TASKS_FILTER = TasklistFilters.MY_TASKS;
    /** What a task's card shows, written on each task by eu.tibs.taskcard; Tasklist folds all but the first two. */
    private static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", TaskCardVariables.COMPANY_NAME, "label", "Company"),
            Map.of("name", TaskCardVariables.CASE_STAGE, "label", "Stage"),
            Map.of("name", TaskCardVariables.COMPANY_REGION, "label", "Region"));

    private final IdentityService identity;
    private final FilterService filters;
    private final TaskService tasks;
    private final ReferenceData referenceData;

    IdentitySetup(IdentityService identity, FilterService filters, TaskService tasks, ReferenceData referenceData) {
        this.identity = identity;
        this.filters = filters;
        this.tasks = tasks;
        this.referenceData = referenceData;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void ensureGroupsAndFilters() {
        for (Region region : referenceData.regions()) {
            ensureGroup(BrokerGroups.of(region.getCode()), "Brokers " + region.getName(), "WORKFLOW");
        }
        ensureGroup(BrokerGroups.COORDINATORS, "Coordinators", "WORKFLOW");
        ensureGroup(BrokerGroups.PROJECT_LEADS, "Project leads", "WORKFLOW");
        ensureGroup(BrokerGroups.ADMINS, "Administrators", "SYSTEM");
        ensureFilter(MY_TASKS_FILTER, -10, "Tasks assigned to me",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(MY_REGION_FILTER, 0, "Open tasks of my region and of proposals sent to it",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        var group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        try {
            identity.saveGroup(group);
        } catch (ProcessEngineException concurrentlyCreated) {
            log.info("Group {} was created by another node meanwhile", id);
        }
    }

    /** Creates the filter, or brings an existing one's card variables up to date (filters made by older versions). */
    private void ensureFilter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query);
        } else if (CARD_VARIABLES.equals(filter.getProperties().get("variables"))) {
            return;
        }
        filters.saveFilter(filter.setProperties(Map.of("priority", priority, "description", description,
                "refresh", true, "variables", CARD_VARIABLES)));
    }
}
