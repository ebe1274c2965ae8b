package eu.tibs.taskcard;

import eu.tibs.casefile.CaseStageEntered;
import eu.tibs.company.CompanyCorrected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps open tasks' cards current: a renamed company, a case in a new stage. In the transaction of the change. */
@Component
class TaskCardRefresh {
    private final TaskCards cards;

    TaskCardRefresh(TaskCards cards) {
        this.cards = cards;
    }

    @EventListener
    void on(CompanyCorrected corrected) {
        cards.refreshCompany(corrected.companyId());
    }

    @EventListener
    void on(CaseStageEntered entered) {
        cards.refreshCase(entered.caseId());
    }
}
