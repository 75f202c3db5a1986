package vn.boiduong.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.evaluation.Disciplines;
import vn.boiduong.evaluation.IndicatorSet;
import vn.boiduong.evaluation.Rating;
import vn.boiduong.evaluation.RatingBand;
import vn.boiduong.evaluation.RatingIndicators;
import vn.boiduong.evaluation.RatingPeriod;
import vn.boiduong.evaluation.Ratings;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.RunAs;

/**
 * The demo commune's ratings (đánh giá, xếp loại hằng quý): the three quarters before the current one approved for
 * every person of Phù Liễn (11446) as plain rows; one specialist of Phòng VH-XH fails two quarters in a row, the
 * second approved through the services so the alert and the commune's notice come from the real flow; in the
 * current quarter a self-assessment, a review waiting for approval and an approved leader's rating, made as the
 * demo accounts; and a reprimand for the yearly override.
 */
@Component
class RatingDemo {

    private static final Logger log = LoggerFactory.getLogger(RatingDemo.class);

    private final RunAs runAs;
    private final Ratings ratings;
    private final RatingIndicators indicators;
    private final Disciplines disciplines;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    RatingDemo(RunAs runAs, Ratings ratings, RatingIndicators indicators, Disciplines disciplines, AuditLog audit, JdbcClient jdbc,
               JsonMapper json, TransactionTemplate tx, Clock clock) {
        this.runAs = runAs;
        this.ratings = ratings;
        this.indicators = indicators;
        this.disciplines = disciplines;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    void load() {
        RatingPeriod now = ratings.currentQuarter();
        RatingPeriod q3 = previous(now);
        RatingPeriod q2 = previous(q3);
        RatingPeriod q1 = previous(q2);
        List<Long> people = jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id
                where o.path like '/VN/31/11446/%' and p.status = 'ACTIVE' order by p.id
                """).query(Long.class).list();
        List<Long> vhxh = jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id
                where o.code = '11446-VHXH' and p.status = 'ACTIVE' and not p.is_leader and not exists (select 1 from app_user u where u.person_id = p.id)
                order by p.id desc
                """).query(Long.class).list();
        long failing = vhxh.get(0);
        tx.executeWithoutResult(status -> {
            for (long person : people) {
                for (RatingPeriod q : List.of(q1, q2, q3)) {
                    if (person == failing && q.equals(q3)) {
                        continue;  // approved below through the services
                    }
                    int base = person == failing ? (q.equals(q2) ? 42 : 62)
                            : 60 + Math.floorMod(Long.hashCode(person * 2_654_435_761L), 38) + q.quarter() % 3 - 1;
                    insertApproved(person, q, base);
                }
            }
            audit.recordSystem("system", "DEMO_LOAD", "rating", "11446", "/VN/31/11446/",
                    Map.of("quarters", List.of(q1.toString(), q2.toString(), q3.toString()), "people", people.size()));
        });
        // the second failed quarter in a row: reviewed by the unit head, approved by the commune → alert and notice
        Rating third = runAs.as(TrainingDemo.HEAD, () -> ratings.review(failing, q3.toString(),
                new Ratings.ReviewInput(values(indicators.forPerson(failing), 38, failing), "Chậm tiến độ nhiều việc, chưa khắc phục", null)));
        runAs.run(TrainingDemo.COMMUNE, () -> ratings.approve(third.id(), third.version()));

        // the current quarter: a self-assessment, a review waiting for approval, an approved deputy head's rating
        long staff = jdbc.sql("select person_id from app_user where username = 'canbo.phulien'").query(Long.class).single();
        runAs.run("canbo.phulien", () -> ratings.selfAssess(new Ratings.SelfInput(now.toString(),
                values(indicators.forPerson(staff), 84, staff), "Hoàn thành các nhiệm vụ quý, còn chậm báo cáo tháng 10", null)));
        long reviewed = vhxh.get(1);
        runAs.run(TrainingDemo.HEAD, () -> ratings.review(reviewed, now.toString(),
                new Ratings.ReviewInput(values(indicators.forPerson(reviewed), 76, reviewed), "Hoàn thành tốt", null)));
        jdbc.sql("""
                select p.id from person p join org_unit o on o.id = p.org_unit_id
                where o.code = '11446-VHXH' and p.job_position_code = 'PHO_TRUONG_PHONG_VHXH' order by p.id limit 1
                """).query(Long.class).optional().ifPresent(deputy -> {
            Rating r = runAs.as(TrainingDemo.HEAD, () -> ratings.review(deputy, now.toString(),
                    new Ratings.ReviewInput(values(indicators.forPerson(deputy), 91, deputy), "Điều hành tốt lĩnh vực phụ trách", null)));
            runAs.run(TrainingDemo.COMMUNE, () -> ratings.approve(r.id(), r.version()));
        });
        // a reprimand this year: the yearly proposal rates that person "không hoàn thành" (ND 335/2025)
        long disciplined = people.get(people.size() / 2);
        LocalDate decided = LocalDate.now(clock).withDayOfMonth(1).minusMonths(2);
        runAs.run(TrainingDemo.COMMUNE, () -> disciplines.add(new Disciplines.DisciplineInput(Long.toString(disciplined),
                Integer.toString(decided.getYear()), "KHIEN_TRACH", vn.boiduong.shared.Dates.format(decided), "Vi phạm quy chế làm việc")));
        log.info("Demo ratings: {} people × 3 quarters approved in commune 11446; alert for person {}", people.size(), failing);
    }

    private void insertApproved(long person, RatingPeriod q, int base) {
        IndicatorSet set = indicators.forPerson(person);
        Map<String, String> self = values(set, Math.min(100, base + 5), person + q.quarter());
        Map<String, String> review = values(set, base, person * 7 + q.quarter());
        BigDecimal selfScore = set.score(ints(self));
        BigDecimal score = set.score(ints(review));
        jdbc.sql("""
                insert into rating (person_id, org_unit_id, period, indicator_set_id, self_values, self_score, self_at, review_values,
                                    review_score, reviewed_by, reviewed_at, score, band, status, approved_by, approved_at)
                select p.id, p.org_unit_id, :period, :set, cast(:sv as jsonb), :ss, :at, cast(:rv as jsonb), :rs, :head, :at, :rs, :band,
                       'APPROVED', :commune, :at from person p where p.id = :p
                """).param("p", person).param("period", q.toString()).param("set", set.id())
                .param("sv", json.writeValueAsString(ints(self))).param("ss", selfScore).param("rv", json.writeValueAsString(ints(review)))
                .param("rs", score).param("band", RatingBand.forScore(score).name()).param("head", TrainingDemo.HEAD)
                .param("commune", TrainingDemo.COMMUNE)
                .param("at", java.sql.Timestamp.valueOf(LocalDate.of(q.year(), q.quarter() * 3, 28).atTime(9, 0))).update();
    }

    /** Values around a base for every indicator of the set, the same for the same seed. */
    private static Map<String, String> values(IndicatorSet set, int base, long seed) {
        Random random = new Random(seed);
        Map<String, String> values = new LinkedHashMap<>();
        set.indicators().forEach(i -> values.put(i.code(), Integer.toString(Math.max(0, Math.min(100, base + random.nextInt(9) - 4)))));
        return values;
    }

    private static Map<String, Integer> ints(Map<String, String> values) {
        Map<String, Integer> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Integer.valueOf(v)));
        return out;
    }

    private static RatingPeriod previous(RatingPeriod p) {
        return p.quarter() == 1 ? new RatingPeriod(p.year() - 1, 4) : new RatingPeriod(p.year(), p.quarter() - 1);
    }
}
