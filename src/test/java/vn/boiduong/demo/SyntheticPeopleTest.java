package vn.boiduong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boiduong.people.NewPerson;

class SyntheticPeopleTest {

    private static SyntheticPeople.Commune commune(String code, String province) {
        Map<String, Long> agencies = new HashMap<>();
        long id = 1;
        for (String a : List.of("DU", "HDND", "UBND", "VP", "KT", "VHXH", "PVHCC", "MTTQ")) {
            agencies.put(a, id++);
        }
        return new SyntheticPeople.Commune(code, province, 3, agencies);
    }

    @Test
    void sameSeedAndCommuneGiveTheSamePeople() {
        List<NewPerson> a = new SyntheticPeople(42).generate(commune("11446", "31"));
        List<NewPerson> b = new SyntheticPeople(42).generate(commune("11446", "31"));
        assertThat(a).isEqualTo(b);
        List<NewPerson> other = new SyntheticPeople(43).generate(commune("11446", "31"));
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void aCommuneHasItsLeadersAndRealisticStaff() {
        List<NewPerson> people = new SyntheticPeople(1).generate(commune("10543", "31"));
        assertThat(people.size()).isBetween(70, 170);
        assertThat(people).filteredOn(p -> p.jobPositionCode().equals("CT_UBND")).hasSize(1);
        assertThat(people).filteredOn(p -> p.jobPositionCode().equals("BI_THU_DANG_UY")).hasSize(1);
        long women = people.stream().filter(p -> p.gender().equals("F")).count();
        assertThat(women * 100 / people.size()).isBetween(30L, 65L);
        LocalDate ref = LocalDate.of(2026, 7, 1);
        for (NewPerson p : people) {
            int age = java.time.Period.between(p.birthDate(), ref).getYears();
            assertThat(age).isBetween(22, 62);
            assertThat(p.joinedOn()).isAfter(p.birthDate().plusYears(18));
            String full = p.name().full();
            assertThat(Normalizer.isNormalized(full, Normalizer.Form.NFC)).isTrue();
            assertThat(p.citizenId()).matches("\\d{12}").startsWith("031");
            if (p.leader()) {
                assertThat(p.partyMemberSince()).isNotNull();
            }
        }
        assertThat(people.stream().map(p -> p.name().full())).anyMatch(n -> !n.equals(Normalizer.normalize(n, Normalizer.Form.NFD)));
    }

    @Test
    void citizenIdsNeverCollideWithinAProvince() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int ordinal = 0; ordinal < 120; ordinal++) {
            var c = new SyntheticPeople.Commune(String.valueOf(10000 + ordinal), "31", ordinal, commune("10000", "31").agencies());
            new SyntheticPeople(9).generate(c).forEach(p -> assertThat(ids.add(p.citizenId())).as(p.citizenId()).isTrue());
        }
    }

    @Test
    void mountainProvincesHaveEthnicMinorityStaff() {
        List<NewPerson> caoBang = new SyntheticPeople(5).generate(commune("01273", "04"));
        List<NewPerson> haiPhong = new SyntheticPeople(5).generate(commune("11446", "31"));
        long minorityCb = caoBang.stream().filter(p -> !p.ethnicityCode().equals("01")).count();
        long minorityHp = haiPhong.stream().filter(p -> !p.ethnicityCode().equals("01")).count();
        assertThat(minorityCb * 100 / caoBang.size()).isGreaterThan(60);
        assertThat(minorityHp * 100 / haiPhong.size()).isLessThan(15);
    }
}
