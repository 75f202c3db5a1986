package vn.boiduong.training;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * Office continuity of a unit (seed 000 I.2: "không để ảnh hưởng đến hoạt động của cơ quan"): the share of staff that
 * must stay and the positions only one person holds, stated by the unit; checked when someone is sent to a class.
 */
@Service
public class Continuity {

    /** A unit's rules; {@code stated} false when the unit kept the default share. */
    public record Settings(long unitId, String unitName, int minPresentPercent, List<String> singleHolderPositions,
                           boolean stated, int version) {
    }

    /** A position of the unit with how many active people hold it (one holder: a candidate for the list). */
    public record PositionCount(String code, String title, int holders) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final int defaultPercent;

    Continuity(JdbcClient jdbc, OrgUnits units, AccessPolicy access, AuditLog audit,
               @Value("${boiduong.training.min-present-percent:70}") int defaultPercent) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.defaultPercent = defaultPercent;
    }

    @Transactional(readOnly = true)
    public Settings settings(long unitId) {
        OrgUnit unit = units.lookup(unitId).orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        access.require(Permission.TRAINING_READ, unit.path());
        return settingsOf(unit);
    }

    @Transactional(readOnly = true)
    public List<PositionCount> positions(long unitId) {
        settings(unitId);
        return jdbc.sql("""
                        select job_position_code, min(title), count(*) from person
                        where org_unit_id = :u and status = 'ACTIVE' and job_position_code is not null
                        group by job_position_code order by count(*), min(title)
                        """).param("u", unitId)
                .query((rs, n) -> new PositionCount(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    @Transactional
    public void change(long unitId, int minPresentPercent, List<String> singleHolders, int version) {
        OrgUnit unit = units.lookup(unitId).orElseThrow(() -> new Problems.NotFound("orgunit", unitId));
        access.require(Permission.CONTINUITY_WRITE, unit.path());
        if (minPresentPercent < 0 || minPresentPercent > 100) {
            throw new Problems.InvalidInput("minPresentPercent", "training.validation.range", 0, 100);
        }
        Settings before = settingsOf(unit);
        String[] positions = singleHolders == null ? new String[0]
                : singleHolders.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toArray(String[]::new);
        int changed = before.stated()
                ? jdbc.sql("update unit_continuity set min_present_percent = :p, single_holder_positions = :s, updated_by = :by, "
                        + "updated_at = now(), version = version + 1 where org_unit_id = :u and version = :v")
                .param("p", minPresentPercent).param("s", positions).param("by", access.currentUser().username())
                .param("u", unitId).param("v", version).update()
                : jdbc.sql("insert into unit_continuity (org_unit_id, min_present_percent, single_holder_positions, updated_by) "
                        + "values (:u, :p, :s, :by) on conflict do nothing")
                .param("p", minPresentPercent).param("s", positions).param("by", access.currentUser().username())
                .param("u", unitId).update();
        if (changed == 0) {
            throw new Problems.ConcurrentChange("continuity", unitId);
        }
        audit.record("UPDATE", "unit_continuity", unitId, unit.path(),
                Map.of("minPresentPercent", before.minPresentPercent(), "singleHolders", before.singleHolderPositions()),
                Map.of("minPresentPercent", minPresentPercent, "singleHolders", List.of(positions)), null);
    }

    /**
     * The rule applied to sending {@code personId} to a class from {@code from} to {@code to}. Holds a transaction
     * lock on the unit so two approvals in the same unit are judged one after the other.
     */
    List<ContinuityRule.Violation> assess(long personId, long unitId, String positionCode, TrainingClass c) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", 7_100_000_000L + unitId).query().singleRow();
        OrgUnit unit = units.lookup(unitId).orElseThrow();
        Settings s = settingsOf(unit);
        int staff = jdbc.sql("select count(*) from person where org_unit_id = :u and status = 'ACTIVE'")
                .param("u", unitId).query(Integer.class).single();
        int away = jdbc.sql("""
                        select count(distinct e.person_id) from enrollment e join training_class c on c.id = e.class_id
                        join person p on p.id = e.person_id
                        where p.org_unit_id = :u and p.status = 'ACTIVE' and e.person_id <> :p
                          and e.status in ('APPROVED', 'ATTENDING') and c.time_slot = 'OFFICE_HOURS' and c.status <> 'CANCELLED'
                          and c.starts_on <= :to and c.ends_on >= :from
                        """)
                .param("u", unitId).param("p", personId).param("from", c.startsOn()).param("to", c.endsOn())
                .query(Integer.class).single();
        boolean single = positionCode != null && s.singleHolderPositions().contains(positionCode);
        return ContinuityRule.check(new ContinuityRule.Situation(staff, away, s.minPresentPercent(), single, c.officeHours()));
    }

    private Settings settingsOf(OrgUnit unit) {
        return jdbc.sql("select min_present_percent, single_holder_positions, version from unit_continuity where org_unit_id = :u")
                .param("u", unit.id())
                .query((rs, n) -> new Settings(unit.id(), unit.name(), rs.getInt(1),
                        Arrays.asList((String[]) rs.getArray(2).getArray()), true, rs.getInt(3)))
                .optional()
                .orElse(new Settings(unit.id(), unit.name(), defaultPercent, List.of(), false, 0));
    }
}
