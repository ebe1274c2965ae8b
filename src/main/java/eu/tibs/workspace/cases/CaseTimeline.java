package eu.tibs.workspace.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.casefile.CaseHistorySource;
import eu.tibs.notification.SentMessages;
import eu.tibs.security.TasklistFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What happened in a case, from the engine's history (stages, tasks and who worked them), what the stages recorded
 * (information requests, check-ins, feedback) and the outbox (messages), and what it waits for now. The case id is the business key of every process instance of the case.
 */
@Component
public class CaseTimeline {
    private static final Set<String> SHOWN = Set.of("callActivity", "userTask", "noneEndEvent", "errorEndEvent",
            "startEvent");
    private final HistoryService history;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SentMessages messages;
    private final List<CaseHistorySource> stages;
    private final FilterService filters;

    CaseTimeline(HistoryService history, TaskService tasks, RuntimeService runtime, SentMessages messages,
                 List<CaseHistorySource> stages, FilterService filters) {
        this.filters = filters;
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.messages = messages;
        this.stages = stages;
    }

    /** One line of the timeline. */
    public record Entry(Instant at, Instant endedAt, String what, String who) {
    }

    public List<Entry> of(UUID caseId) {
        var entries = new ArrayList<Entry>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId.toString()).list()) {
            history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                    .filter(activity -> SHOWN.contains(activity.getActivityType()))
                    .map(CaseTimeline::entry).forEach(entries::add);
        }
        messages.ofCase(caseId).forEach(message -> entries.add(new Entry(message.createdAt(), message.sentAt(),
                "Message " + message.kind() + ": " + message.subject() + " (" + message.status() + ")",
                message.recipient())));
        stages.stream().flatMap(stage -> stage.eventsOf(caseId).stream())
                .forEach(event -> entries.add(new Entry(event.at(), null, event.what(), event.who())));
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    /** The open task of each of these cases that has one, the earliest due when there are several. */
    public Map<String, Task> openTaskByCase(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(caseIds.toArray(String[]::new))
                .orderByDueDate().asc().list();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, String> caseOfInstance = runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        var byCase = new HashMap<String, Task>();
        open.forEach(task -> byCase.putIfAbsent(caseOfInstance.get(task.getProcessInstanceId()), task));
        return byCase;
    }

    /** The id of Tasklist's "My region's tasks" filter, so that a link opens a task in the list it belongs to. */
    public String regionFilterId() {
        var filter = filters.createFilterQuery().filterName(TasklistFilters.MY_REGION).singleResult();
        return filter == null ? "" : filter.getId();
    }

    private static Entry entry(HistoricActivityInstance activity) {
        String what = switch (activity.getActivityType()) {
            case "callActivity" -> "Stage: " + activity.getActivityName();
            case "userTask" -> "Task: " + activity.getActivityName();
            case "startEvent" -> "Started: " + activity.getActivityName();
            default -> "Ended: " + activity.getActivityName();
        };
        return new Entry(instant(activity.getStartTime()), instant(activity.getEndTime()), what,
                activity.getAssignee());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
