package vn.boiduong.shell;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.people.People;
import vn.boiduong.people.PersonQuery;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.standards.GapQueries;

/** Sign-in page and the home page of each role. */
@Controller
class HomeController {

    private final AccessPolicy access;
    private final OrgUnits units;
    private final People people;
    private final GapQueries gaps;
    private final vn.boiduong.training.TrainingSummary training;
    private final vn.boiduong.evaluation.EvaluationSummary evaluation;
    private final vn.boiduong.budget.Budget budget;
    private final vn.boiduong.reports.ReportsHome reportsHome;
    private final vn.boiduong.tasks.TaskSummaries taskSummaries;
    private final java.time.Clock clock;

    HomeController(AccessPolicy access, OrgUnits units, People people, GapQueries gaps,
                   vn.boiduong.training.TrainingSummary training, vn.boiduong.evaluation.EvaluationSummary evaluation,
                   vn.boiduong.budget.Budget budget, vn.boiduong.reports.ReportsHome reportsHome,
                   vn.boiduong.tasks.TaskSummaries taskSummaries, java.time.Clock clock) {
        this.reportsHome = reportsHome;
        this.taskSummaries = taskSummaries;
        this.budget = budget;
        this.clock = clock;
        this.training = training;
        this.evaluation = evaluation;
        this.access = access;
        this.units = units;
        this.people = people;
        this.gaps = gaps;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error);
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = access.currentUser();
        model.addAttribute("role", me.role().name());
        if (me.role().has(Permission.ORG_READ)) {
            OrgUnit unit = units.get(me.orgUnitId());
            model.addAttribute("unit", unit);
            model.addAttribute("provinces", units.countUnder(unit, OrgUnit.Kind.PROVINCE));
            model.addAttribute("communes", units.countUnder(unit, OrgUnit.Kind.COMMUNE));
            model.addAttribute("agencies", units.countUnder(unit, OrgUnit.Kind.AGENCY));
        }
        if (me.role().has(Permission.PEOPLE_READ)) {
            model.addAttribute("peopleCount", people.count(PersonQuery.all()));
            model.addAttribute("leaderCount", people.count(new PersonQuery(null, null, null, true, "ACTIVE")));
            model.addAttribute("needsCount", gaps.count(null, null));
            model.addAttribute("specialisedCount", gaps.count(null, "SPECIALISED"));
        }
        if (me.role().has(Permission.BUDGET_READ) && !me.role().has(Permission.ORG_WRITE_OFFICIAL)) {
            // the year's budget of one's province or commune (the nation's is one click away, on /budget)
            model.addAttribute("budget", budget.summary(me.orgUnitId(), java.time.LocalDate.now(clock).getYear()));
        }
        model.addAttribute("reportsHome", reportsHome.summary());
        taskSummaries.forCurrentUser().ifPresent(t -> model.addAttribute("taskSummary", t));
        model.addAttribute("training", training.forMe());
        model.addAttribute("evaluation", evaluation.forMe());
        if (me.personId() != null) {
            model.addAttribute("self", people.get(me.personId()));
            model.addAttribute("myGaps", gaps.mine());
        }
        return "home";
    }
}
