package eu.tibs.workspace;

import java.time.Clock;
import java.util.Date;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.casefile.CaseSearch;
import eu.tibs.company.CompanySearch;
import eu.tibs.company.CompanyService;
import eu.tibs.security.BrokerGroups;
import eu.tibs.security.RegionGuard;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a broker starts the day: how many companies and cases their regions have, and how much work is overdue. */
@Controller
class HomePage {
    private final CompanyService companies;
    private final BrokerageCaseService cases;
    private final TaskService tasks;
    private final RegionGuard guard;
    private final Clock clock;

    HomePage(CompanyService companies, BrokerageCaseService cases, TaskService tasks, RegionGuard guard, Clock clock) {
        this.companies = companies;
        this.cases = cases;
        this.tasks = tasks;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/workspace")
    String home(Model model) {
        var regions = guard.listableRegions(null);
        var overdue = tasks.createTaskQuery().dueBefore(Date.from(clock.instant()));
        if (regions != null) {
            overdue.taskCandidateGroupIn(regions.stream().map(BrokerGroups::of).toList());
        }
        model.addAttribute("companies", companies.searchLines(new CompanySearch(null, regions, null, null, null),
                Pageable.ofSize(1)).getTotalElements());
        model.addAttribute("cases", cases.search(new CaseSearch(regions, null), Pageable.ofSize(1)).getTotalElements());
        model.addAttribute("overdue", regions != null && regions.isEmpty() ? 0 : overdue.count());
        return "home";
    }
}
