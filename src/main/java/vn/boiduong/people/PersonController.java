package vn.boiduong.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/** The people list (full page, or its rows for htmx) and a person's file. */
@Controller
class PersonController {

    private final People people;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final Codebook codes;
    private final vn.boiduong.security.UserAdministration users;
    private final ProgramDirectory programs;

    PersonController(People people, OrgUnits units, AccessPolicy access, Codebook codes,
                     vn.boiduong.security.UserAdministration users, ProgramDirectory programs) {
        this.programs = programs;
        this.users = users;
        this.people = people;
        this.units = units;
        this.access = access;
        this.codes = codes;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean leader,
                @RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(required = false) String gender,
                @RequestParam(required = false) String position, @RequestParam(required = false) String education,
                @RequestParam(required = false) String theory, @RequestParam(required = false) String stateMgmt,
                @RequestParam(required = false) String age, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "25") int size,
                @RequestHeader(value = "HX-Target", required = false) String htmxTarget, Model model) {
        PersonQuery query = query(unitId, q, kind, leader, status, gender, position, education, theory, stateMgmt, age);
        model.addAttribute("result", people.list(query, page, size));
        model.addAttribute("query", query);
        model.addAttribute("unit", unitId == null ? null : units.get(unitId));
        model.addAttribute("kinds", Levels.STAFF_KINDS);
        model.addAttribute("statuses", Levels.STATUSES);
        model.addAttribute("codes", codes);
        model.addAttribute("ageBands", PersonQuery.AGE_BANDS);
        model.addAttribute("canWrite", access.can(Permission.PEOPLE_WRITE));
        if (!"results".equals(htmxTarget)) {
            model.addAttribute("positions", people.positionsInScope());
        }
        // the live search swaps only the results; a boosted navigation gets the whole page
        return "results".equals(htmxTarget) ? "people/list :: results" : "people/list";
    }

    @GetMapping("/people/{id}")
    String view(@PathVariable long id, Model model) {
        Person person = people.get(id);
        model.addAttribute("person", person);
        model.addAttribute("assignments", people.workHistory(id));
        var qualifications = people.qualifications(id);
        model.addAttribute("qualifications", qualifications);
        // a certificate "for position" names the position, not its code
        model.addAttribute("positionNames", people.positionTitles(qualifications.stream().map(Qualification::forPosition).toList()));
        model.addAttribute("programs", programs.choices());
        model.addAttribute("canRevealId", access.can(Permission.CITIZEN_ID_READ, person.orgUnitPath()));
        model.addAttribute("canWrite", access.can(Permission.PEOPLE_WRITE, person.orgUnitPath()));
        model.addAttribute("statuses", Levels.STATUSES);
        model.addAttribute("account", users.accountOf(id).orElse(null));
        model.addAttribute("canCreateAccount", access.can(Permission.USER_ADMIN, person.orgUnitPath()));
        return "people/view";
    }

    /** Shows the full citizen ID in place (htmx); the view is audited. */
    @PostMapping("/people/{id}/citizen-id")
    String revealCitizenId(@PathVariable long id, Model model) {
        String revealed = people.revealCitizenId(id);
        model.addAttribute("citizenId", revealed == null || revealed.isBlank() ? "—" : revealed); // a file without one
        return "people/view :: citizenId";
    }

    @GetMapping("/me")
    String self() {
        Long personId = access.currentUser().personId();
        return personId == null ? "redirect:/" : "redirect:/people/" + personId;
    }

    static PersonQuery query(Long unitId, String q, String kind, Boolean leader, String status, String gender,
                             String position, String education, String theory, String stateMgmt, String age) {
        return new PersonQuery(unitId, q, blank(kind), leader, blank(status), blank(gender), blank(position),
                blank(education), blank(theory), blank(stateMgmt), age != null && PersonQuery.AGE_BANDS.contains(age) ? age : null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
