package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit's before/after is every component of the record, in order, rendered plainly, identifiers masked. */
class AuditSnapshotTest {

    enum Kind { COMMUNE, AGENCY }

    record Unit(String code, Kind kind) {
    }

    record Staff(long id, String fullName, String citizenId, @AuditSnapshot.Masked String passport, LocalDate birthDate,
                 boolean leader, BigDecimal score, Unit unit, List<Kind> kinds, Map<String, Integer> values, String cached) {
    }

    @Test
    void everyComponentInOrderWithNestedRecordsEnumsDatesAndIdentifiersMasked() {
        Staff s = new Staff(7, "Lò Thị Mai", "031190000901", "B1234567", LocalDate.of(1990, 4, 12), true, new BigDecimal("8.50"),
                new Unit("11446", Kind.COMMUNE), List.of(Kind.AGENCY), Map.of("A", 3), "x");
        Map<String, Object> m = AuditSnapshot.of(s);
        assertThat(m.keySet()).containsExactly("id", "fullName", "citizenId", "passport", "birthDate", "leader", "score", "unit",
                "kinds", "values", "cached");
        assertThat(m.get("citizenId")).isEqualTo("*********901");
        assertThat(m.get("passport")).isEqualTo("*****567");
        assertThat(m.get("birthDate")).isEqualTo("1990-04-12");
        assertThat(m.get("unit")).isEqualTo(Map.of("code", "11446", "kind", "COMMUNE"));
        assertThat(m.get("kinds")).isEqualTo(List.of("AGENCY"));
        assertThat(m.get("leader")).isEqualTo(true);
        assertThat(AuditSnapshot.of(s, "cached")).doesNotContainKey("cached");
    }

    @Test
    void nullsStayNull() {
        Staff s = new Staff(1, "A B", null, null, null, false, null, null, List.of(), Map.of(), null);
        assertThat(AuditSnapshot.of(s)).containsEntry("citizenId", null).containsEntry("unit", null);
        assertThat(AuditSnapshot.of((Record) null)).isNull();
    }
}
