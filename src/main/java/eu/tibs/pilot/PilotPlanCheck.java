package eu.tibs.pilot;

import java.util.List;
import java.util.UUID;

import eu.tibs.pilot.PilotProcess.Vars;
import eu.tibs.process.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of userTask_planPilot: an objective, at least one dated action, success criteria and an end date. */
@Component
class PilotPlanCheck extends SubmittedForm.Check {
    static final int MAX_TEXT = 1000;
    static final int MAX_ACTION = 500;

    private final PilotService pilots;

    PilotPlanCheck(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    protected void check(SubmittedForm form, DelegateExecution execution) {
        plan(form, execution, false);
    }

    @Override
    protected void record(DelegateExecution execution) {
        plan(new SubmittedForm(execution), execution, true);
    }

    private void plan(SubmittedForm form, DelegateExecution execution, boolean record) {
        String objective = form.requireText(Vars.OBJECTIVE, MAX_TEXT);
        List<Pilot.Action> actions = form.rows(Vars.ACTIONS).stream().map(row -> {
            var fields = SubmittedForm.ofRow(row);
            var action = new Pilot.Action(fields.requireText("description", MAX_ACTION), fields.requireDate("dueDate"));
            if (action.description() == null || action.dueDate() == null) {
                form.reject(Vars.ACTIONS + " need a description and a due date each");
            }
            return action;
        }).toList();
        if (actions.isEmpty()) {
            form.reject(Vars.ACTIONS + " needs at least one planned action");
        }
        String criteria = form.requireText(Vars.SUCCESS_CRITERIA, MAX_TEXT);
        var end = form.requireDate(Vars.PLANNED_END);
        if (record) {
            pilots.plan(UUID.fromString(execution.getProcessBusinessKey()), objective, actions, criteria, end);
        }
    }
}
