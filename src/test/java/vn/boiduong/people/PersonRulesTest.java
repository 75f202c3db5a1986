package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.boiduong.demo.SyntheticPeople;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Codebook CODES = codebook();
    private static final PersonRules RULES = new PersonRules(CODES);
    private static final PersonRules.UnitRef UNIT = new PersonRules.UnitRef(7, "11446-VHXH", "/VN/31/11446/11446-UBND/11446-VHXH/");

    private static Codebook codebook() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Codebook(messages);
    }

    private static Object unit(String code) {
        return switch (code) {
            case "11446-VHXH" -> UNIT;
            case "10543-VHXH" -> PersonRules.UnitLookup.OUTSIDE_SCOPE;
            case "31" -> PersonRules.UnitLookup.NOT_A_WORKPLACE;
            default -> PersonRules.UnitLookup.UNKNOWN;
        };
    }

    private static PersonInput input(Map<String, String> overrides) {
        String[] v = {null, "Nguyễn Văn Thắng", "05/01/1985", "Nam", "Kinh", "031085000123", "19/05/2010", "Công chức", "Không",
                "Chuyên viên tư pháp", "CV_TU_PHAP", "01.003", "Đại học", "Luật", "Sơ cấp", "Chương trình chuyên viên",
                "Ứng dụng CNTT cơ bản", "B1", "Không", "Không", "Có", "01/09/2008", "11446-VHXH"};
        List<String> fields = List.copyOf(PersonInput.COLUMNS.keySet());
        overrides.forEach((k, val) -> v[fields.indexOf(k)] = val);
        return PersonInput.of(v);
    }

    private static List<String> problems(Map<String, String> overrides) {
        return RULES.check(input(overrides), PersonRulesTest::unit, TODAY).problems().stream()
                .map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aTypicalRowPassesAndLabelsBecomeCodes() {
        PersonRules.Checked c = RULES.check(input(Map.of()), PersonRulesTest::unit, TODAY);
        assertThat(c.problems()).isEmpty();
        NewPerson p = c.person();
        assertThat(p.gender()).isEqualTo("M");
        assertThat(p.ethnicityCode()).isEqualTo("01");
        assertThat(p.staffKind()).isEqualTo("CONG_CHUC");
        assertThat(p.stateManagement()).isEqualTo("CHUYEN_VIEN");
        assertThat(p.affectedByReorg()).isTrue();
        assertThat(p.orgUnitId()).isEqualTo(7);
    }

    @Test
    void labelsAreMatchedWithoutAccentsOrByCode() {
        assertThat(problems(Map.of("educationLevel", "dai hoc", "gender", "F", "politicalTheory", "TRUNG_CAP",
                "rank", "chuyen vien chinh", "leader", "x"))).isEmpty();
    }

    @Test
    void badDatesAreNamedWithTheFormatToUse() {
        assertThat(problems(Map.of("birthDate", "31/02/1990"))).containsExactly("birthDate:validation.date");
        assertThat(problems(Map.of("birthDate", "1990-13-01"))).containsExactly("birthDate:validation.date");
        assertThat(problems(Map.of("birthDate", "1990-02-01"))).isEmpty();
        assertThat(problems(Map.of("birthDate", "01/01/2015", "partyMemberSince", "", "joinedOn", "")))
                .containsExactly("birthDate:person.birthDate.range");
        assertThat(problems(Map.of("partyMemberSince", "01/01/2000"))).containsExactly("partyMemberSince:person.partyDate.range");
        assertThat(problems(Map.of("joinedOn", "01/01/2030"))).containsExactly("joinedOn:person.joinedOn.range");
    }

    @Test
    void unknownCodesAndUnitsAreExplained() {
        assertThat(problems(Map.of("ethnicity", "Không rõ"))).containsExactly("ethnicity:validation.unknownCode");
        assertThat(problems(Map.of("unitCode", "10543-VHXH"))).containsExactly("unitCode:person.unit.outsideScope");
        assertThat(problems(Map.of("unitCode", "31"))).containsExactly("unitCode:person.unit.notWorkplace");
        assertThat(problems(Map.of("unitCode", "99999-X"))).containsExactly("unitCode:person.unit.unknown");
        assertThat(problems(Map.of("citizenId", "31085000123"))).containsExactly("citizenId:person.citizenId.invalid");
        assertThat(problems(Map.of("leader", "có lẽ"))).containsExactly("leader:validation.yesNo");
    }

    @Test
    void everyProblemOfARowIsCollectedAtOnce() {
        assertThat(problems(Map.of("fullName", "", "birthDate", "", "gender", "", "title", "", "unitCode", "")))
                .containsExactlyInAnyOrder("fullName:validation.required", "birthDate:validation.required",
                        "gender:validation.required", "title:validation.required", "unitCode:validation.required");
    }

    /** Whatever the generator makes, written out as a person would type it, passes the rules unchanged. */
    @Property(tries = 30)
    void generatedPeopleRoundTripThroughTheTypedForm(@ForAll @IntRange(min = 0, max = 500) int ordinal) {
        Map<String, Long> agencies = Map.of("DU", 7L, "HDND", 7L, "UBND", 7L, "VP", 7L, "KT", 7L, "VHXH", 7L, "PVHCC", 7L, "MTTQ", 7L);
        for (NewPerson g : new SyntheticPeople(ordinal).generate(new SyntheticPeople.Commune("11446", "31", ordinal % 150, agencies))) {
            PersonInput typed = new PersonInput(g.personnelCode(), g.name().full(), Dates.format(g.birthDate()),
                    CODES.gender.label(g.gender()), CODES.ethnicity.label(g.ethnicityCode()), g.citizenId(),
                    Dates.format(g.partyMemberSince()), CODES.staffKind.label(g.staffKind()), g.leader() ? "Có" : "Không",
                    g.title(), g.jobPositionCode(), g.rankCode(), CODES.education.label(g.educationLevel()), g.educationField(),
                    CODES.politicalTheory.label(g.politicalTheory()), CODES.stateManagement.label(g.stateManagement()),
                    CODES.it.label(g.itLevel()), g.languageLevel(), g.partyCommitteeMember() ? "Có" : "Không",
                    g.sciTechBackground() ? "Có" : "Không", g.affectedByReorg() ? "Có" : "Không", Dates.format(g.joinedOn()), "11446-VHXH");
            PersonRules.Checked c = RULES.check(typed, PersonRulesTest::unit, TODAY);
            assertThat(c.problems()).as(g.name().full()).isEmpty();
            assertThat(RosterWriter.same(asPerson(c.person()), withUnit(g))).isTrue();
        }
    }

    private static NewPerson withUnit(NewPerson g) {
        return new NewPerson(g.personnelCode(), g.name(), g.birthDate(), g.gender(), g.ethnicityCode(), g.citizenId(),
                g.partyMemberSince(), g.staffKind(), g.leader(), g.title(), g.jobPositionCode(), g.rankCode(), g.educationLevel(),
                g.educationField(), g.politicalTheory(), g.stateManagement(), g.itLevel(), g.languageLevel(), g.sciTechBackground(),
                g.partyCommitteeMember(), g.affectedByReorg(), g.joinedOn(), 7, List.of());
    }

    private static Person asPerson(NewPerson p) {
        return new Person(1, p.personnelCode(), p.name().full(), p.birthDate(), p.gender(), p.ethnicityCode(), "QD1019_2008",
                p.citizenId(), p.partyMemberSince(), p.staffKind(), p.leader(), p.title(), p.jobPositionCode(), p.rankCode(),
                p.educationLevel(), p.educationField(), p.politicalTheory(), p.stateManagement(), p.itLevel(), p.languageLevel(),
                p.sciTechBackground(), p.partyCommitteeMember(), p.affectedByReorg(), p.joinedOn(), p.orgUnitId(), "", "",
                "ACTIVE", null, null, 0);
    }

    @Test
    void problemsCarryTheFieldForTheForm() {
        Problems.FieldProblem p = RULES.check(input(Map.of("citizenId", "abc")), PersonRulesTest::unit, TODAY).problems().get(0);
        assertThat(p.field()).isEqualTo("citizenId");
    }
}
