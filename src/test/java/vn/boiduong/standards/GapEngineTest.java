package vn.boiduong.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.boiduong.people.Levels;
import vn.boiduong.people.PersonProfiles;

class GapEngineTest {

    /** The programme codes the seeded requirements name (the catalog has more; these are the ones that close gaps). */
    static final List<String> PROGRAMS = List.of("CMCN", "QLNN_CHUNG_2CAP", "QLNN_LANH_DAO_HVCTQG", "LLCT_SO_CAP",
            "LLCT_TRUNG_CAP", "CNTT_CO_BAN");


    private static long ids = 1;

    private static Requirement req(Requirement.Type type, String min, List<String> fields, List<String> by) {
        return new Requirement(ids++, 1, type, min, fields, by, null, Instant.EPOCH, null, "test");
    }

    private static final Requirement EDU = req(Requirement.Type.EDUCATION, "DAI_HOC", List.of("Luật"), List.of("CMCN"));
    private static final Requirement THEORY = req(Requirement.Type.POLITICAL_THEORY, "SO_CAP", List.of(), List.of());
    private static final Requirement QLNN = req(Requirement.Type.STATE_MANAGEMENT, "CHUYEN_VIEN", List.of(), List.of("QLNN_CHUNG_2CAP"));
    private static final Requirement HCMA = req(Requirement.Type.PROGRAM, null, List.of(), List.of("QLNN_LANH_DAO_HVCTQG"));
    private static final Requirement IT = req(Requirement.Type.IT, "CO_BAN", List.of(), List.of());
    private static final List<Requirement> ALL = List.of(EDU, THEORY, QLNN, HCMA, IT);

    private static PersonProfiles.Profile person(boolean leader, String education, String field, String theory, String qlnn,
                                                 String it, List<PersonProfiles.Certificate> certs) {
        return new PersonProfiles.Profile(1, "CV_TU_PHAP", leader, true, education, field, theory, qlnn, it, certs);
    }

    private static long gaps(PersonProfiles.Profile p, List<Requirement> rs) {
        return GapEngine.evaluate(p, rs).stream().filter(e -> !e.met()).count();
    }

    @Test
    void theCertificateOfThePositionsSpecialisedCourseMeetsTheQualification() {
        // seed 000 III.1.a
        PersonProfiles.Profile wrongField = person(false, "DAI_HOC", "Sư phạm", "SO_CAP", "CHUYEN_VIEN", "CO_BAN", List.of());
        Evaluation missing = GapEngine.evaluate(wrongField, EDU);
        assertThat(missing.met()).isFalse();
        assertThat(missing.category()).isEqualTo(Evaluation.Category.SPECIALISED);
        assertThat(missing.closingProgram()).isEqualTo("CMCN");
        assertThat(missing.reason()).isEqualTo("gap.education.field");

        PersonProfiles.Profile certified = person(false, "DAI_HOC", "Sư phạm", "SO_CAP", "CHUYEN_VIEN", "CO_BAN",
                List.of(new PersonProfiles.Certificate("CMCN", "CV_TU_PHAP")));
        Evaluation met = GapEngine.evaluate(certified, EDU);
        assertThat(met.met()).isTrue();
        assertThat(met.metBy()).isEqualTo("CERTIFICATE");

        PersonProfiles.Profile otherPosition = person(false, "DAI_HOC", "Sư phạm", "SO_CAP", "CHUYEN_VIEN", "CO_BAN",
                List.of(new PersonProfiles.Certificate("CMCN", "CV_DAT_DAI")));
        assertThat(GapEngine.evaluate(otherPosition, EDU).met()).as("a course for another position").isFalse();
    }

    @Test
    void levelsFieldsAndCertificatesAreReadAsTheStandardSays() {
        assertThat(GapEngine.evaluate(person(false, "THAC_SI", "luat", "NONE", "NONE", null, List.of()), EDU).met()).isTrue();
        assertThat(GapEngine.evaluate(person(false, "CAO_DANG", "Luật", "NONE", "NONE", null, List.of()), EDU).reason())
                .isEqualTo("gap.education.level");
        assertThat(GapEngine.evaluate(person(false, "DAI_HOC", "Luật", "CU_NHAN", "NONE", null, List.of()), THEORY).met()).isTrue();
        assertThat(GapEngine.evaluate(person(false, "DAI_HOC", "Luật", "SO_CAP", "NONE", null,
                List.of(new PersonProfiles.Certificate("QLNN_CHUNG_2CAP", null))), QLNN).met()).isTrue();
        assertThat(GapEngine.evaluate(person(false, "DAI_HOC", "Luật", "SO_CAP", "NONE", null, List.of()), IT).met()).isFalse();
    }

    @Test
    void leadersMissingTheirTitlesStandardComeBeforeOtherGaps() {
        PersonProfiles.Profile leader = person(true, "DAI_HOC", "Luật", "NONE", "NONE", null, List.of());
        Evaluation hcma = GapEngine.evaluate(leader, HCMA);
        assertThat(hcma.category()).isEqualTo(Evaluation.Category.TITLE_STANDARD);
        assertThat(hcma.priority()).isEqualTo(2);
        assertThat(GapEngine.evaluate(leader, IT).priority()).isEqualTo(3);
        PersonProfiles.Profile specialist = person(false, "DAI_HOC", "Luật", "NONE", "NONE", null, List.of());
        assertThat(GapEngine.evaluate(specialist, THEORY).category()).isEqualTo(Evaluation.Category.OTHER);
    }

    @Property(tries = 300)
    void addingAQualificationNeverCreatesAGap(@ForAll("profiles") PersonProfiles.Profile p, @ForAll("improvements") int which) {
        assertThat(gaps(improve(p, which), ALL)).isLessThanOrEqualTo(gaps(p, ALL));
    }

    @Property(tries = 300)
    void removingARequirementNeverAddsAGap(@ForAll("profiles") PersonProfiles.Profile p, @ForAll("improvements") int which) {
        List<Requirement> fewer = new ArrayList<>(ALL);
        fewer.remove(which % ALL.size());
        assertThat(gaps(p, fewer)).isLessThanOrEqualTo(gaps(p, ALL));
    }

    @Property(tries = 200)
    void everyGapNamesATrainingThatClosesIt(@ForAll("profiles") PersonProfiles.Profile p) {
        for (Evaluation e : GapEngine.evaluate(p, ALL)) {
            if (!e.met()) {
                assertThat(e.closingProgram()).isIn(PROGRAMS);
                // taking that training (its certificate) closes the gap, except a missing level it cannot give
                List<PersonProfiles.Certificate> certs = new ArrayList<>(p.certificates());
                certs.add(new PersonProfiles.Certificate(e.closingProgram(), p.positionCode()));
                PersonProfiles.Profile trained = new PersonProfiles.Profile(p.personId(), p.positionCode(), p.leader(),
                        p.affectedByReorg(), p.education(), p.field(), p.politicalTheory(), p.stateManagement(), p.itLevel(), certs);
                if (e.requirement().type() != Requirement.Type.POLITICAL_THEORY && e.requirement().type() != Requirement.Type.IT) {
                    assertThat(GapEngine.evaluate(trained, e.requirement()).met()).as(e.reason()).isTrue();
                }
            }
        }
    }

    /** One step up: a higher level, or a certificate of one programme. */
    private static PersonProfiles.Profile improve(PersonProfiles.Profile p, int which) {
        List<PersonProfiles.Certificate> certs = new ArrayList<>(p.certificates());
        String edu = p.education();
        String theory = p.politicalTheory();
        String qlnn = p.stateManagement();
        String it = p.itLevel();
        switch (which) {
            case 0 -> edu = up(Levels.EDUCATION, edu);
            case 1 -> theory = up(Levels.POLITICAL_THEORY, theory);
            case 2 -> qlnn = up(Levels.STATE_MANAGEMENT, qlnn);
            case 3 -> it = it == null ? "CO_BAN" : "NANG_CAO";
            default -> certs.add(new PersonProfiles.Certificate(PROGRAMS.get(which % PROGRAMS.size()), p.positionCode()));
        }
        return new PersonProfiles.Profile(p.personId(), p.positionCode(), p.leader(), p.affectedByReorg(), edu, p.field(),
                theory, qlnn, it, certs);
    }

    private static String up(List<String> order, String level) {
        int i = level == null ? -1 : order.indexOf(level);
        return order.get(Math.min(order.size() - 1, i + 1));
    }

    @Provide
    Arbitrary<Integer> improvements() {
        return Arbitraries.integers().between(0, 10);
    }

    @Provide
    Arbitrary<PersonProfiles.Profile> profiles() {
        Arbitrary<String> edu = Arbitraries.of("TRUNG_CAP", "CAO_DANG", "DAI_HOC", "THAC_SI", "TIEN_SI").injectNull(0.1);
        Arbitrary<String> field = Arbitraries.of("Luật", "Sư phạm", "Kinh tế", "luat", "").injectNull(0.1);
        Arbitrary<String> theory = Arbitraries.of(Levels.POLITICAL_THEORY);
        Arbitrary<String> qlnn = Arbitraries.of(Levels.STATE_MANAGEMENT);
        Arbitrary<String> it = Arbitraries.of("CO_BAN", "NANG_CAO").injectNull(0.3);
        Arbitrary<List<PersonProfiles.Certificate>> certs = Arbitraries.of(PROGRAMS)
                .map(p -> new PersonProfiles.Certificate(p, "CV_TU_PHAP")).list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(true, false), edu, field, theory, qlnn, it, certs)
                .as((leader, e, f, t, q, i, c) -> new PersonProfiles.Profile(1, "CV_TU_PHAP", leader, true, e, f, t, q, i, c));
    }
}
