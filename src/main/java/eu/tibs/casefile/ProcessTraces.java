package eu.tibs.casefile;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;

/**
 * What the process engine holds about cases: every process instance whose business key is a case id, and every
 * instance those called. Process variables should carry ids only, but people type names into comments, annotations
 * and variables all the same; erasure removes all of those and keeps instances, activities and tasks with their
 * times for statistics.
 */
@Component
class ProcessTraces {
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final CommandExecutor commands;

    ProcessTraces(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
        this.tasks = engine.getTaskService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** One process instance as a company's data export shows it. */
    record Trace(String id, String processDefinitionKey, String state, Date startTime, Date endTime,
                 List<Variable> variables, List<String> comments, List<String> attachments) {
    }

    /** A variable's name and value; serialized objects as stored, files by name. */
    record Variable(String name, Object value) {
    }

    List<Trace> export(String businessKey) {
        return instancesOf(List.of(businessKey)).stream().map(this::trace).toList();
    }

    /** Ends the running instances of these cases, with whatever they called; their history stays. */
    void endRunning(Collection<String> businessKeys, String reason) {
        List<String> roots = businessKeys.stream()
                .flatMap(key -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream())
                .map(ProcessInstance::getRootProcessInstanceId)
                .distinct().toList();
        runtime.deleteProcessInstancesIfExists(roots, reason, false, true, false);
    }

    /** Removes variables (with their details and byte arrays), comments, attachments and operation log entries. */
    void erase(Collection<String> businessKeys) {
        List<String> ids = instancesOf(businessKeys).stream().map(HistoricProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return;
        }
        for (String id : ids) {
            history.deleteHistoricVariableInstancesByProcessInstanceId(id);
            history.createHistoricDecisionInstanceQuery().processInstanceId(id).list()
                    .forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId()));
            history.createUserOperationLogQuery().processInstanceId(id).list()
                    .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
            tasks.getProcessInstanceAttachments(id).forEach(attachment -> tasks.deleteAttachment(attachment.getId()));
            // Tasklist and the REST API attach files to a task without its instance id: found through the tasks.
            history.createHistoricTaskInstanceQuery().processInstanceId(id).list().forEach(task ->
                    tasks.getTaskAttachments(task.getId()).forEach(attachment -> tasks.deleteAttachment(attachment.getId())));
        }
        // TaskService deletes comments of running instances and open tasks only; these ended, so do what the
        // engine's own history cleanup does.
        commands.execute(context -> {
            context.getCommentManager().deleteCommentsByProcessInstanceIds(ids);
            context.getCommentManager().deleteCommentsByTaskProcessInstanceIds(ids);
            return null;
        });
    }

    /** The instances with these business keys, and every instance they called, however deep. */
    private List<HistoricProcessInstance> instancesOf(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        var found = new LinkedHashSet<HistoricProcessInstance>();
        List<HistoricProcessInstance> next = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).orderByProcessInstanceStartTime()
                .asc().list();
        while (!next.isEmpty()) {
            found.addAll(next);
            next = next.stream()
                    .flatMap(parent -> history.createHistoricProcessInstanceQuery()
                            .superProcessInstanceId(parent.getId()).list().stream())
                    .filter(called -> found.stream().noneMatch(known -> known.getId().equals(called.getId())))
                    .toList();
        }
        return List.copyOf(found);
    }

    private Trace trace(HistoricProcessInstance instance) {
        var variables = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .disableCustomObjectDeserialization().list().stream()
                .map(variable -> new Variable(variable.getName(), valueOf(variable)))
                .toList();
        return new Trace(instance.getId(), instance.getProcessDefinitionKey(), instance.getState(),
                instance.getStartTime(), instance.getEndTime(), variables,
                tasks.getProcessInstanceComments(instance.getId()).stream().map(Comment::getFullMessage).toList(),
                tasks.getProcessInstanceAttachments(instance.getId()).stream().map(Attachment::getName).toList());
    }

    private static Object valueOf(HistoricVariableInstance variable) {
        var value = variable.getTypedValue();
        if (value instanceof SerializableValue serialized) {
            return serialized.getValueSerialized();
        }
        if (value instanceof FileValue file) {
            return file.getFilename();
        }
        return value == null ? null : value.getValue();
    }
}
