package eu.tibs.feedback;

import java.util.UUID;

import eu.tibs.feedback.FeedbackProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Start listener of the follow-up tasks in feedback.bpmn; the months come from the task's local input. */
@Component
class FollowUpDueListener implements ExecutionListener {
    private final ApplicationEventPublisher events;

    FollowUpDueListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        events.publishEvent(new FollowUpDue(UUID.fromString(execution.getProcessBusinessKey()),
                Integer.parseInt(execution.getVariableLocal(Vars.MONTHS_AFTER).toString())));
    }
}
