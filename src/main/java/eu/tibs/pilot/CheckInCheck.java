package eu.tibs.pilot;

import java.util.UUID;

import eu.tibs.pilot.PilotProcess.Progress;
import eu.tibs.pilot.PilotProcess.Status;
import eu.tibs.pilot.PilotProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_checkIn: progress, a note, and whether the pilot goes on; abandoning needs a reason. */
@Component
class CheckInCheck extends SubmittedForm.Check {
    static final int MAX_TEXT = 1000;

    private final PilotService pilots;

    CheckInCheck(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        form.requireOneOf(Vars.PROGRESS, Progress.class);
        form.optionalText(Vars.CHECK_IN_NOTE, MAX_TEXT);
        if (form.requireOneOf(Vars.PILOT_STATUS, Status.class) == Status.ABANDONED) {
            form.requireText(Vars.ABANDON_REASON, MAX_TEXT);
        }
    }

    @Override
    protected void record(DelegateExecution execution) {
        var form = new SubmittedForm(execution);
        Status status = form.requireOneOf(Vars.PILOT_STATUS, Status.class);
        pilots.checkIn(UUID.fromString(execution.getProcessBusinessKey()), form.requireOneOf(Vars.PROGRESS, Progress.class),
                form.optionalText(Vars.CHECK_IN_NOTE, MAX_TEXT), status,
                status == Status.ABANDONED ? form.requireText(Vars.ABANDON_REASON, MAX_TEXT) : null,
                completedBy(execution));
    }
}
