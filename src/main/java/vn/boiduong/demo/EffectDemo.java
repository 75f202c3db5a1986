package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.evaluation.EffectEvaluation;
import vn.boiduong.evaluation.EffectEvaluations;
import vn.boiduong.evaluation.EffectInput;
import vn.boiduong.evaluation.EffectReminders;
import vn.boiduong.security.RunAs;
import vn.boiduong.shared.Dates;
import vn.boiduong.training.ClassInput;
import vn.boiduong.training.Classes;
import vn.boiduong.training.Enrollments;
import vn.boiduong.training.Results;

/**
 * The demo's effect evaluations (đánh giá hiệu quả sau bồi dưỡng), through the real services: the finished class's
 * completions become evaluations (due in about a month); an earlier skills class (ended about 5 months ago) gives
 * overdue ones, a few of which the head of Phòng Văn hóa - Xã hội of Phù Liễn has signed.
 */
@Component
class EffectDemo {

    private static final Logger log = LoggerFactory.getLogger(EffectDemo.class);

    private final RunAs runAs;
    private final Classes classes;
    private final Enrollments enrollments;
    private final Results results;
    private final EffectEvaluations evaluations;
    private final EffectReminders reminders;
    private final JdbcClient jdbc;
    private final Clock clock;

    EffectDemo(RunAs runAs, Classes classes, Enrollments enrollments, Results results, EffectEvaluations evaluations,
               EffectReminders reminders, JdbcClient jdbc, Clock clock) {
        this.runAs = runAs;
        this.classes = classes;
        this.enrollments = enrollments;
        this.results = results;
        this.evaluations = evaluations;
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        evaluations.backfill(); // the finished class's completions (the listener has made them already; idempotent)
        String provider = jdbc.sql("select provider_id from app_user where username = :u").param("u", TrainingDemo.PROVIDER)
                .query(Long.class).single().toString();
        LocalDate from = today.minusDays(160);
        LocalDate to = today.minusDays(158);
        long earlier = runAs.as(TrainingDemo.PROVINCE, () -> classes.create(new ClassInput(null,
                "Năng lực xử lý tình huống trong thực thi công vụ ở cấp xã — Đợt 1", "KN_XU_LY_TINH_HUONG", provider, null,
                "Đợt 1/" + from.getYear(), Dates.format(from), Dates.format(to), "4", null, "CENTRAL", "Trường Chính trị thành phố Hải Phòng",
                null, "IN_PERSON", "EVENING", "40", "Giảng viên Trường Chính trị thành phố Hải Phòng", "20000000", "500000",
                "NSNN_TINH", "0", "0")));
        List<Long> people = new ArrayList<>(free("11446-VHXH", 5));
        people.addAll(free("11446-VP", 3));
        people.addAll(free("10543-VHXH", 4));
        List<Long> ids = runAs.as(TrainingDemo.PROVINCE, () -> enrollments.propose(earlier, people, "Theo kế hoạch bồi dưỡng kỹ năng"));
        runAs.run(TrainingDemo.PROVINCE, () -> ids.forEach(id -> enrollments.approve(id, false, null)));
        runAs.run(TrainingDemo.PROVIDER, () -> {
            results.start(earlier);
            for (int i = 0; i < ids.size(); i++) {
                results.record(ids.get(i), "4", String.valueOf(7 + i % 3), "XLTH-2026-" + String.format("%03d", 101 + i),
                        Dates.format(to.plusDays(1)));
            }
            results.finish(earlier);
        });
        // the head of Phòng VH-XH of Phù Liễn has signed two of their overdue evaluations (seed 000 IV.3)
        List<EffectEvaluation> due = runAs.as(TrainingDemo.HEAD, () -> evaluations.list(null, "DUE", "KN_XU_LY_TINH_HUONG", null, null, 0, 2).items());
        String[][] scores = {{"8", "7", "9", "9", "7", "8"}, {"7", "6", "8", "9", "6", "7"}};
        for (int i = 0; i < due.size(); i++) {
            String[] s = scores[i];
            long id = due.get(i).id();
            int version = due.get(i).version();
            runAs.run(TrainingDemo.HEAD, () -> evaluations.sign(id, new EffectInput(s[0], s[1], s[2], s[3], s[4], s[5],
                    "Vận dụng tốt kỹ năng xử lý tình huống khi tiếp công dân.", null, "Chủ động, đúng hạn.", null,
                    "Phối hợp tốt với Văn phòng HĐND và UBND.", null, "Hiệu quả rõ sau bồi dưỡng.", version)));
        }
        int sent = reminders.run(today);
        log.info("Demo effect evaluations: {} trainees of an earlier class, {} signed, {} reminders sent", ids.size(), due.size(), sent);
    }

    /** Active people of an agency without an account and without any enrollment yet. */
    private List<Long> free(String unitCode, int n) {
        return jdbc.sql("""
                        select p.id from person p join org_unit o on o.id = p.org_unit_id
                        where o.code = :u and p.status = 'ACTIVE'
                          and not exists (select 1 from app_user a where a.person_id = p.id)
                          and not exists (select 1 from enrollment e where e.person_id = p.id)
                        order by p.id limit :n
                        """).param("u", unitCode).param("n", n).query(Long.class).list();
    }
}
