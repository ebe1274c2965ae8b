package eu.tibs.workspace.cases;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.casefile.BrokerageCase;
import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseSearch;
import eu.tibs.casefile.CaseStage;
import eu.tibs.company.Company;
import eu.tibs.company.CompanyService;
import eu.tibs.security.RegionGuard;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cases of the caller's regions, newest first: stage, what each waits for, until when, and whether overdue. */
@Controller
class CaseListPage {
    private static final int PAGE_SIZE = 25;
    private final BrokerageCaseService cases;
    private final CompanyService companies;
    private final CaseTimeline timeline;
    private final RegionGuard guard;
    private final Clock clock;

    CaseListPage(BrokerageCaseService cases, CompanyService companies, CaseTimeline timeline, RegionGuard guard,
                 Clock clock) {
        this.cases = cases;
        this.companies = companies;
        this.timeline = timeline;
        this.guard = guard;
        this.clock = clock;
    }

    /** One line of the list; {@code waitingFor} is the open task, if any. */
    record Row(BrokerageCase brokerageCase, String companyName, Task waitingFor, boolean overdue) {
    }

    @GetMapping("/workspace/cases")
    String list(@RequestParam(required = false) CaseStage stage, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var found = cases.search(new CaseSearch(guard.listableRegions(null), stage),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "openedAt")));
        List<UUID> companyIds = found.map(BrokerageCase::getCompanyId).getContent();
        Map<UUID, String> names = companies.findAll(companyIds).stream()
                .collect(Collectors.toMap(Company::getId, Company::getLegalName));
        Map<String, Task> openTask = timeline.openTaskByCase(found.map(c -> c.getId().toString()).getContent());
        var now = Date.from(clock.instant());
        model.addAttribute("rows", found.map(c -> {
            var task = openTask.get(c.getId().toString());
            return new Row(c, names.get(c.getCompanyId()), task,
                    task != null && task.getDueDate() != null && task.getDueDate().before(now));
        }));
        model.addAttribute("stage", stage);
        model.addAttribute("stages", CaseStage.values());
        return "cases/list";
    }
}
