package vn.boiduong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;

/**
 * The benchmark's training generator on one commune of Cao Bằng (province 04, no other test puts people there): the
 * rows it reports are the rows in the tables, and they keep the rules the application keeps.
 */
@IntegrationTest
class SyntheticTrainingTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Autowired
    SyntheticData people;
    @Autowired
    SyntheticTraining training;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql, String path) {
        return jdbc.sql(sql).param("path", path).query(Long.class).single();
    }

    @Test
    void aCommuneGetsAConsistentReproducibleTrainingYear() {
        OrgUnit commune = units.lookupSubtree("/VN/04/").stream().filter(u -> u.kind() == OrgUnit.Kind.COMMUNE)
                .map(OrgUnit::code).sorted().skip(2).findFirst().flatMap(units::lookupByCode).orElseThrow();
        String path = commune.path();
        people.generate(commune.code(), 11);
        long start = System.currentTimeMillis();
        SyntheticTraining.Result result = training.generate(commune.code(), 11, AS_OF);

        // the counts it reports (and logs) are the rows of the commune's people in the tables
        String mine = " join person p on p.id = e.person_id join org_unit o on o.id = p.org_unit_id where o.path like :path || '%'";
        assertThat(result.communes()).isEqualTo(1);
        assertThat(result.classes()).isPositive().isEqualTo(count("select count(distinct e.class_id) from enrollment e" + mine, path));
        assertThat(result.enrollments()).isGreaterThan(150).isEqualTo(count("select count(*) from enrollment e" + mine, path));
        assertThat(result.qualifications()).isPositive().isEqualTo(count("""
                select count(*) from qualification q join person p on p.id = q.person_id join org_unit o on o.id = p.org_unit_id
                where o.path like :path || '%' and q.source = 'TRAINING'""", path));
        assertThat(result.effects()).isPositive().isEqualTo(count("select count(*) from effect_evaluation x join enrollment e on e.id = x.enrollment_id" + mine, path));
        assertThat(result.feedback()).isPositive().isEqualTo(count("select count(*) from class_feedback x join enrollment e on e.id = x.enrollment_id" + mine, path));
        assertThat(result.ratings()).isPositive().isEqualTo(count("select count(*) from rating e" + mine, path));

        // every certificate from training has a completed, passed enrollment of that person in that programme
        assertThat(count("""
                select count(*) from qualification q join person p on p.id = q.person_id join org_unit o on o.id = p.org_unit_id
                where o.path like :path || '%' and q.source = 'TRAINING' and not exists (select 1 from enrollment e
                  join training_class c on c.id = e.class_id where e.person_id = q.person_id and c.program_code = q.program_code
                  and e.status = 'COMPLETED' and e.passed and e.completed_on = q.issued_on)""", path)).isZero();
        // every completion has its effect evaluation, due 3 months or more after it; signed ones only once due, total = mean × 10
        assertThat(count("select count(*) from enrollment e" + mine + " and e.status = 'COMPLETED' and not exists "
                + "(select 1 from effect_evaluation x where x.enrollment_id = e.id)", path)).isZero();
        assertThat(count("select count(*) from effect_evaluation x join enrollment e on e.id = x.enrollment_id" + mine
                + " and (x.due_on < x.completed_on + interval '3 months' or x.completed_on <> e.completed_on"
                + " or (x.status = 'SIGNED' and (x.due_on > date '2026-11-23' or x.total <> round((x.task_results + x.advice_quality"
                + " + x.responsibility + x.discipline + x.coordination + x.satisfaction) * 10 / 6.0, 2))))", path)).isZero();
        assertThat(count("select count(*) from effect_evaluation x join enrollment e on e.id = x.enrollment_id" + mine
                + " and x.status = 'SIGNED'", path)).isPositive();
        // nobody twice active in one class; no class over capacity; every class starts in 2026
        assertThat(count("select count(*) from (select e.class_id, e.person_id from enrollment e" + mine
                + " and e.status not in ('WITHDRAWN', 'REJECTED') group by 1, 2 having count(*) > 1) d", path)).isZero();
        assertThat(count("select count(*) from training_class c where c.id in (select e.class_id from enrollment e" + mine
                + ") and (extract(year from c.starts_on) <> 2026 or (select count(*) from enrollment s where s.class_id = c.id"
                + " and s.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')) > c.capacity)", path)).isZero();
        List<String> statuses = jdbc.sql("select distinct e.status from enrollment e" + mine).param("path", path).query(String.class).list();
        assertThat(statuses).contains("COMPLETED", "NOT_COMPLETED", "ATTENDING", "APPROVED", "PROPOSED", "WITHDRAWN");
        // the national academy's programme goes to leaders only
        assertThat(count("select count(*) from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id "
                + "join org_unit o on o.id = p.org_unit_id where o.path like :path || '%' and c.program_code = 'QLNN_LANH_DAO_HVCTQG' "
                + "and not p.is_leader", path)).isZero();
        // ratings: one per person and quarter, Q1–Q3 2026, approved, band by the ND 335/2025 thresholds
        assertThat(count("select count(*) from (select e.person_id, e.period from rating e" + mine + " group by 1, 2 having count(*) > 1) d", path)).isZero();
        assertThat(count("select count(*) from rating e" + mine + " and (e.period not in ('2026-Q1', '2026-Q2', '2026-Q3') "
                + "or e.status <> 'APPROVED' or e.band <> case when e.score >= 90 then 'XUAT_SAC' when e.score >= 70 then 'TOT' "
                + "when e.score >= 50 then 'HOAN_THANH' else 'KHONG_HOAN_THANH' end)", path)).isZero();
        // the gaps of the commune were recomputed after the certificates
        assertThat(jdbc.sql("select count(*) from person_gap g join person p on p.id = g.person_id join org_unit o on o.id = p.org_unit_id "
                        + "where o.path like :path || '%' and g.computed_at >= to_timestamp(:t / 1000.0)")
                .param("path", path).param("t", start).query(Long.class).single()).isPositive();

        // deterministic: the same seed gives the same rows again, another seed other ones; a second run skips the commune
        SyntheticTraining.Result again = training.count(commune.code(), 11, AS_OF);
        assertThat(List.of(again.classes(), again.enrollments(), again.qualifications(), again.effects(), again.ratings(), again.feedback()))
                .isEqualTo(List.of(result.classes(), result.enrollments(), result.qualifications(), result.effects(), result.ratings(), result.feedback()));
        SyntheticTraining.Result other = training.count(commune.code(), 12, AS_OF);
        assertThat(List.of(other.enrollments(), other.qualifications(), other.feedback()))
                .isNotEqualTo(List.of(result.enrollments(), result.qualifications(), result.feedback()));
        assertThat(training.generate(commune.code(), 11, AS_OF).classes()).isZero();
    }
}
