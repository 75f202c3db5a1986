package vn.boiduong.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.PersonName;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** The rules of a personnel file, shared by the form, the API and the spreadsheet import. */
@Component
public class PersonRules {

    /** A unit the writer may put people in: resolved by code inside the writer's scope. */
    public record UnitRef(long id, String code, String path) {
    }

    /** Why a unit code did not resolve. */
    public enum UnitLookup { UNKNOWN, OUTSIDE_SCOPE, NOT_A_WORKPLACE }

    public record Checked(NewPerson person, List<Problems.FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' .-]+");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Codebook codes;

    PersonRules(Codebook codes) {
        this.codes = codes;
    }

    /**
     * @param units resolves a unit code to a unit the writer may use, or says why not
     * @param today the date "now" for age and future-date checks
     */
    public Checked check(PersonInput in, Function<String, Object> units, LocalDate today) {
        var p = Problems.collect();
        String fullName = VietnameseText.name(in.fullName());
        if (fullName == null || fullName.isEmpty()) {
            p.add("fullName", "validation.required");
        } else if (fullName.length() > 200 || !NAME.matcher(fullName).matches() || !fullName.contains(" ")) {
            p.add("fullName", "person.fullName.invalid");
        }
        String code = trim(in.personnelCode());
        if (code != null && !CODE.matcher(code).matches()) {
            p.add("personnelCode", "person.code.invalid");
        }
        LocalDate birth = date(p, "birthDate", in.birthDate(), true);
        if (birth != null && (birth.isAfter(today.minusYears(16)) || birth.isBefore(today.minusYears(80)))) {
            p.add("birthDate", "person.birthDate.range");
        }
        String gender = coded(p, "gender", in.gender(), codes.gender, true);
        String ethnicity = coded(p, "ethnicity", in.ethnicity(), codes.ethnicity, true);
        String citizenId = trim(in.citizenId());
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            p.add("citizenId", "person.citizenId.invalid");
        }
        LocalDate party = date(p, "partyMemberSince", in.partyMemberSince(), false);
        if (party != null && (party.isAfter(today) || (birth != null && party.isBefore(birth.plusYears(18))))) {
            p.add("partyMemberSince", "person.partyDate.range");
        }
        String staffKind = coded(p, "staffKind", in.staffKind(), codes.staffKind, true);
        boolean leader = yesNo(p, "leader", in.leader());
        String title = VietnameseText.clean(in.title());
        if (title == null || title.isEmpty()) {
            p.add("title", "validation.required");
        } else if (title.length() > 150) {
            p.add("title", "validation.tooLong", 150);
        }
        String position = trim(in.jobPositionCode());
        if (position != null && (position.length() > 40 || !CODE.matcher(position).matches())) {
            p.add("jobPositionCode", "person.code.invalid");
        }
        String rank = coded(p, "rank", in.rank(), codes.rank, false);
        String education = coded(p, "educationLevel", in.educationLevel(), codes.education, false);
        String field = VietnameseText.clean(trim(in.educationField()));
        if (field != null && field.length() > 120) {
            p.add("educationField", "validation.tooLong", 120);
        }
        String theory = Optional.ofNullable(coded(p, "politicalTheory", in.politicalTheory(), codes.politicalTheory, false)).orElse("NONE");
        String stateMgmt = Optional.ofNullable(coded(p, "stateManagement", in.stateManagement(), codes.stateManagement, false)).orElse("NONE");
        String it = coded(p, "itLevel", in.itLevel(), codes.it, false);
        String language = VietnameseText.clean(trim(in.languageLevel()));
        if (language != null && language.length() > 30) {
            p.add("languageLevel", "validation.tooLong", 30);
        }
        boolean committee = yesNo(p, "partyCommittee", in.partyCommittee());
        boolean sciTech = yesNo(p, "sciTech", in.sciTech());
        boolean reorg = yesNo(p, "affectedByReorg", in.affectedByReorg());
        LocalDate joined = date(p, "joinedOn", in.joinedOn(), false);
        if (joined != null && (joined.isAfter(today) || (birth != null && joined.isBefore(birth.plusYears(15))))) {
            p.add("joinedOn", "person.joinedOn.range");
        }
        long unitId = 0;
        String unitCode = trim(in.unitCode());
        if (unitCode == null) {
            p.add("unitCode", "validation.required");
        } else {
            Object unit = units.apply(unitCode);
            if (unit instanceof UnitRef ref) {
                unitId = ref.id();
            } else {
                p.add("unitCode", unit == UnitLookup.OUTSIDE_SCOPE ? "person.unit.outsideScope"
                        : unit == UnitLookup.NOT_A_WORKPLACE ? "person.unit.notWorkplace" : "person.unit.unknown", unitCode);
            }
        }
        if (!p.isEmpty()) {
            return new Checked(null, p.problems());
        }
        NewPerson person = new NewPerson(code, PersonName.parse(fullName), birth, gender, ethnicity, citizenId, party,
                staffKind, leader, title, position == null ? null : position.toUpperCase(), rank, education, field, theory,
                stateMgmt, it, language, sciTech, committee, reorg, joined, unitId, List.of());
        return new Checked(person, List.of());
    }

    /** Parses dd/MM/yyyy (also d/M/yyyy and yyyy-MM-dd). */
    public static Optional<LocalDate> parseDate(String text) {
        String t = trim(text);
        if (t == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DMY, ISO}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(Problems.Collector p, String field, String text, boolean required) {
        if (trim(text) == null) {
            if (required) {
                p.add(field, "validation.required");
            }
            return null;
        }
        Optional<LocalDate> d = parseDate(text);
        if (d.isEmpty()) {
            p.add(field, "validation.date", text.strip());
            return null;
        }
        return d.get();
    }

    private static String coded(Problems.Collector p, String field, String text, Codebook.Field codes, boolean required) {
        if (trim(text) == null) {
            if (required) {
                p.add(field, "validation.required");
            }
            return null;
        }
        Optional<String> code = codes.parse(text);
        if (code.isEmpty()) {
            p.add(field, "validation.unknownCode", text.strip(), String.join(", ", codes.labelList().subList(0, Math.min(6, codes.labels().size()))));
            return null;
        }
        return code.get();
    }

    private boolean yesNo(Problems.Collector p, String field, String text) {
        Optional<Boolean> v = codes.parseYesNo(text);
        if (v.isEmpty()) {
            p.add(field, "validation.yesNo", text.strip());
            return false;
        }
        return v.get();
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
