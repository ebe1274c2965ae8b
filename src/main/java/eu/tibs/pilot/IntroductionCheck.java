package eu.tibs.pilot;

import java.time.LocalDate;
import java.util.UUID;

import eu.tibs.pilot.PilotProcess.MeetingMode;
import eu.tibs.pilot.PilotProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_recordIntroduction: when and how the companies met, and who took part. */
@Component
class IntroductionCheck extends SubmittedForm.Check {
    static final int MAX_PARTICIPANTS = 500;

    private final PilotService pilots;

    IntroductionCheck(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        form.requireDate(Vars.MEETING_DATE);
        form.requireOneOf(Vars.MEETING_MODE, MeetingMode.class);
        form.requireText(Vars.PARTICIPANTS, MAX_PARTICIPANTS);
    }

    @Override
    protected void record(DelegateExecution execution) {
        var form = new SubmittedForm(execution);
        LocalDate date = form.requireDate(Vars.MEETING_DATE);
        pilots.recordIntroduction(UUID.fromString(execution.getProcessBusinessKey()), date,
                form.requireOneOf(Vars.MEETING_MODE, MeetingMode.class), form.requireText(Vars.PARTICIPANTS, MAX_PARTICIPANTS));
    }
}
