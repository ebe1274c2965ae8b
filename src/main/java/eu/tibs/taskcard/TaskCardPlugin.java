package eu.tibs.taskcard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process, present and future, its card when it is created; models need no listener
 * of their own. Built in, so a start or modification that skips custom listeners still writes the card.
 */
@Component
class TaskCardPlugin extends AbstractProcessEnginePlugin {
    /** Looked up when a task is created: the cards need services that need the engine this plugin configures. */
    private final ObjectProvider<TaskCards> cards;

    TaskCardPlugin(ObjectProvider<TaskCards> cards) {
        this.cards = cards;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        TaskListener writeCard = this::writeCard;
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, writeCard);
            }
        });
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }

    private void writeCard(DelegateTask task) {
        var groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
        cards.getObject().cardFor(task.getExecution().getProcessBusinessKey(), groups)
                .ifPresent(task::setVariablesLocal);
    }
}
