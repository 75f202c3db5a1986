package vn.boiduong.people;

import vn.boiduong.shared.VietnameseText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/** Creating, editing and closing personnel files in the browser; the spreadsheet template and export. */
@Controller
class PersonForms {

    private final People people;
    private final PersonRegistry registry;
    private final PersonSpreadsheet spreadsheet;
    private final Codebook codes;
    private final AccessPolicy access;
    private final OrgUnits units;
    private final UserAdministration users;

    PersonForms(People people, PersonRegistry registry, PersonSpreadsheet spreadsheet, Codebook codes, AccessPolicy access,
                OrgUnits units, UserAdministration users) {
        this.units = units;
        this.users = users;
        this.people = people;
        this.registry = registry;
        this.spreadsheet = spreadsheet;
        this.codes = codes;
        this.access = access;
    }

    @ModelAttribute("codes")
    Codebook codes() {
        return codes;
    }

    /** Workplaces (communes and agencies) the user may put people in, for the unit field's suggestions. */
    @ModelAttribute("unitOptions")
    List<OrgUnit> unitOptions() {
        if (!access.can(Permission.PEOPLE_WRITE)) {
            return List.of();
        }
        return units.search("", null, 400).stream().filter(u -> u.kind() == OrgUnit.Kind.AGENCY || u.kind() == OrgUnit.Kind.COMMUNE)
                .sorted(VietnameseText.byText(OrgUnit::name)).toList();
    }

    @GetMapping("/people/new")
    String newForm(@RequestParam(required = false) String unitCode, Model model) {
        access.require(Permission.PEOPLE_WRITE);
        model.addAttribute("form", new PersonInput(null, null, null, "M", "01", null, null, "CONG_CHUC", "Không", null, null,
                "01.003", "DAI_HOC", null, "NONE", "NONE", null, null, "Không", "Không", "Không", null, unitCode));
        return "people/form";
    }

    @PostMapping("/people")
    String create(@ModelAttribute("form") PersonInput form, Model model, RedirectAttributes redirect) {
        try {
            long id = registry.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (Problems.InvalidInput e) {
            return invalid(e, model);
        }
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person person = people.get(id);
        access.require(Permission.PEOPLE_WRITE, person.orgUnitPath());
        Person full = people.getForEdit(id);
        model.addAttribute("person", full);
        model.addAttribute("form", formOf(full));
        model.addAttribute("version", full.version());
        return "people/form";
    }

    @PostMapping("/people/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PersonInput form, @RequestParam int version, Model model,
                  RedirectAttributes redirect) {
        try {
            registry.update(id, form, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute("person", people.get(id));
            model.addAttribute("version", version);
            return invalid(e, model);
        } catch (Problems.ConcurrentChange e) {
            model.addAttribute("person", people.get(id));
            model.addAttribute("version", version);
            model.addAttribute("conflict", true);
            return "people/form";
        }
    }

    @PostMapping("/people/{id}/leave")
    String leave(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) String leftOn,
                 @RequestParam(required = false) String reason, @RequestParam int version, RedirectAttributes redirect) {
        try {
            registry.leave(id, status, leftOn, reason, version);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/qualifications")
    String addQualification(@PathVariable long id, @RequestParam String programCode,
                            @RequestParam(required = false) String forPosition, @RequestParam(required = false) String certificateNo,
                            @RequestParam String issuedOn, @RequestParam(required = false) String issuer,
                            RedirectAttributes redirect) {
        try {
            registry.addQualification(id, programCode, forPosition, certificateNo, issuedOn, issuer);
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/people/" + id;
    }

    /** Gives a staff member a self-service account linked to their file (role STAFF, in the file's unit). */
    @PostMapping("/people/{id}/account")
    String createAccount(@PathVariable long id, @RequestParam String username, @RequestParam String password,
                         RedirectAttributes redirect) {
        Person person = people.get(id);
        try {
            users.create(new UserAdministration.NewUser(username, password, person.fullName(), null, Role.STAFF,
                    person.orgUnitId(), person.id(), null));
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        access.require(Permission.PEOPLE_WRITE);
        xlsx(response, "mau-danh-sach-can-bo.xlsx");
        spreadsheet.writeTemplate(response.getOutputStream());
    }

    @GetMapping("/people/export.xlsx")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean leader,
                @RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(required = false) String gender,
                @RequestParam(required = false) String position, @RequestParam(required = false) String education,
                @RequestParam(required = false) String theory, @RequestParam(required = false) String stateMgmt,
                @RequestParam(required = false) String age, HttpServletResponse response) throws IOException {
        PersonQuery query = PersonController.query(unitId, q, kind, leader, status, gender, position, education, theory, stateMgmt, age);
        people.requireReadable(query); // before the first byte: a refusal must still be an error page
        xlsx(response, "danh-sach-can-bo.xlsx");
        spreadsheet.write(response.getOutputStream(), sink -> people.export(query, p -> sink.accept(spreadsheet.toInput(p, unitCode(p)))));
    }

    static void xlsx(HttpServletResponse response, String fileName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** The file as the form's fields: codes for the drop-downs (their option values), dates as dd/MM/yyyy. */
    static PersonInput formOf(Person p) {
        return new PersonInput(p.personnelCode(), p.fullName(), Dates.format(p.birthDate()), p.gender(), p.ethnicityCode(),
                p.citizenId(), Dates.format(p.partyMemberSince()), p.staffKind(), p.leader() ? "Có" : "Không", p.title(),
                p.jobPositionCode(), p.rankCode(), p.educationLevel(), p.educationField(), p.politicalTheory(),
                p.stateManagement(), p.itLevel(), p.languageLevel(), p.partyCommitteeMember() ? "Có" : "Không",
                p.sciTechBackground() ? "Có" : "Không", p.affectedByReorg() ? "Có" : "Không", Dates.format(p.joinedOn()),
                unitCode(p));
    }

    /** The unit code is the last segment of the unit's path. */
    static String unitCode(Person p) {
        String[] parts = p.orgUnitPath().split("/");
        return parts[parts.length - 1];
    }

    private static String invalid(Problems.InvalidInput e, Model model) {
        model.addAttribute("problems", e.problems());
        Set<String> fields = e.problems().stream().map(Problems.FieldProblem::field).collect(Collectors.toSet());
        model.addAttribute("errorFields", fields);
        return "people/form";
    }

    static List<String> statuses() {
        return Levels.STATUSES;
    }
}
