package eu.tibs.pilot;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of userTask_checkIn in pilot.bpmn. */
@Component
class CheckInDueListener implements ExecutionListener {
    private final PilotService pilots;

    CheckInDueListener(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    public void notify(DelegateExecution execution) {
        pilots.checkInDue(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
