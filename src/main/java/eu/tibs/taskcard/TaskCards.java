package eu.tibs.taskcard;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCase;
import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.CompanyService;
import eu.tibs.security.BrokerGroups;
import eu.tibs.security.TaskCardVariables;
import eu.tibs.web.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task's card in Tasklist says about its case: the company's name, its region and the case's stage, as
 * task-local variables that Tasklist's filters list. A task offered to another region's brokers (a proposal to the
 * counterpart) names no company: that region learns the name only after both companies agreed.
 */
@Service
@Transactional
class TaskCards {
    private final BrokerageCaseService cases;
    private final CompanyService companies;
    private final TaskService tasks;

    TaskCards(BrokerageCaseService cases, CompanyService companies, TaskService tasks) {
        this.cases = cases;
        this.companies = companies;
        this.tasks = tasks;
    }

    /** The card of a task in the case of this business key offered to these groups; empty for no case. */
    Optional<Map<String, Object>> cardFor(String businessKey, Collection<String> candidateGroups) {
        return caseOf(businessKey).map(brokerageCase -> card(brokerageCase, candidateGroups));
    }

    /** Writes the cards of the open tasks of the company's open cases again, after its name changed. */
    void refreshCompany(UUID companyId) {
        cases.casesOf(companyId).stream().filter(c -> !c.getStage().isClosed()).forEach(this::refresh);
    }

    /** Writes the cards of the case's open tasks again, after its stage changed. */
    void refreshCase(UUID caseId) {
        refresh(cases.find(caseId));
    }

    private void refresh(BrokerageCase brokerageCase) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(brokerageCase.getId().toString()).list()) {
            var groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
            tasks.setVariablesLocal(task.getId(), card(brokerageCase, groups));
        }
    }

    private Map<String, Object> card(BrokerageCase brokerageCase, Collection<String> candidateGroups) {
        String homeGroup = BrokerGroups.of(brokerageCase.getHomeRegion());
        boolean otherRegion = candidateGroups.stream()
                .anyMatch(group -> BrokerGroups.regionOf(group).isPresent() && !group.equals(homeGroup));
        String name = otherRegion ? "A company of " + brokerageCase.getHomeRegion()
                : companies.find(brokerageCase.getCompanyId()).getLegalName();
        return Map.of(TaskCardVariables.COMPANY_NAME, name, TaskCardVariables.COMPANY_REGION,
                brokerageCase.getHomeRegion(), TaskCardVariables.CASE_STAGE, brokerageCase.getStage().name());
    }

    private Optional<BrokerageCase> caseOf(String businessKey) {
        try {
            return businessKey == null ? Optional.empty() : Optional.of(cases.find(UUID.fromString(businessKey)));
        } catch (IllegalArgumentException | NotFoundException notACase) {
            return Optional.empty();
        }
    }
}
