package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.RunAs;
import vn.boiduong.shared.Dates;
import vn.boiduong.standards.GapQueries;
import vn.boiduong.training.ClassInput;
import vn.boiduong.training.Classes;
import vn.boiduong.training.Decisions;
import vn.boiduong.training.Enrollments;
import vn.boiduong.training.Plans;
import vn.boiduong.training.ResultReminders;
import vn.boiduong.training.Results;

/**
 * The demo province's training year, made through the real services as the demo officers (so rules, audit and
 * notifications apply): plans at every step (late, returned, approved), a finished class with results, a decision
 * and late reports, a running cluster class, and open classes with proposals and a waiting list.
 */
@Component
class TrainingDemo {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemo.class);
    static final String PROVINCE = "sonoivu.haiphong";
    static final String COMMUNE = "vhxh.phulien";
    static final String HEAD = "truongphong.phulien";
    static final String PROVIDER = "truongchinhtri.haiphong";

    private final RunAs runAs;
    private final Plans plans;
    private final Classes classes;
    private final Enrollments enrollments;
    private final Results results;
    private final Decisions decisions;
    private final ResultReminders reminders;
    private final GapQueries gaps;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final Clock clock;
    private String provider;

    TrainingDemo(RunAs runAs, Plans plans, Classes classes, Enrollments enrollments, Results results, Decisions decisions,
                 ResultReminders reminders, GapQueries gaps, OrgUnits units, JdbcClient jdbc, Clock clock) {
        this.runAs = runAs;
        this.plans = plans;
        this.classes = classes;
        this.enrollments = enrollments;
        this.results = results;
        this.decisions = decisions;
        this.reminders = reminders;
        this.gaps = gaps;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        long phuLien = units.lookupByCode("11446").orElseThrow().id();
        long vietHoa = units.lookupByCode("10543").orElseThrow().id();
        Long staffPerson = jdbc.sql("select person_id from app_user where username = 'canbo.phulien'").query(Long.class).single();
        provider = jdbc.sql("select p.id from provider p join app_user u on u.provider_id = p.id where u.username = :u")
                .param("u", PROVIDER).query(Long.class).single().toString();
        TrainingDemoPlans.load(this, today, phuLien, vietHoa);

        // A finished province class (general QLNN, 2 weeks) with results, a decision and trainees late to report.
        long finished = runAs.as(PROVINCE, () -> classes.create(input("Bồi dưỡng kiến thức QLNN chung cho chính quyền 2 cấp — Đợt 3",
                "QLNN_CHUNG_2CAP", today.minusDays(75), today.minusDays(64), 10, "CENTRAL", null, "Trường Chính trị thành phố Hải Phòng",
                "IN_PERSON", "OFFICE_HOURS", 60, 30_000_000, 1_500_000, "NSNN_TINH", 300_000, 500_000)));
        List<Long> trainees = new ArrayList<>(needing("QLNN_CHUNG_2CAP", phuLien, 18));
        trainees.addAll(needing("QLNN_CHUNG_2CAP", vietHoa, 18));
        trainees.remove(staffPerson);
        trainees.add(0, staffPerson);
        List<Long> ids = runAs.as(PROVINCE, () -> enrollments.propose(finished, trainees, "Theo danh sách cần bồi dưỡng ngay"));
        approveAll(ids, true);
        runAs.run(PROVINCE, () -> decisions.issue(finished, new Decisions.DecisionInput("215/QĐ-SNV",
                Dates.format(today.minusDays(82)), "Trần Thị Thu Hà", "Phó Giám đốc", null)));
        runAs.run(PROVIDER, () -> results.start(finished));
        List<Long> attending = jdbc.sql("select id from enrollment where class_id = :c and status = 'ATTENDING' order by id")
                .param("c", finished).query(Long.class).list();
        runAs.run(PROVIDER, () -> {
            for (int i = 0; i < attending.size(); i++) {
                boolean pass = i % 9 != 4;
                String grade = pass ? String.valueOf(6 + (i * 7) % 4) + ".5" : "4.0";
                String attended = pass ? "10" : "8";
                int n = i;
                results.record(attending.get(n), attended, grade, pass ? "QLNN2C-2026-" + String.format("%04d", 301 + n) : null,
                        pass ? Dates.format(today.minusDays(62)) : null);
            }
            results.finish(finished);
        });
        // two thirds reported in the software (001 IV.3); the rest are late (reminders, the officer's list)
        jdbc.sql("update enrollment set self_reported_at = now() - interval '50 days' where class_id = :c and person_id <> :s and id % 3 <> 0 "
                + "and status in ('COMPLETED', 'NOT_COMPLETED')")
                .param("c", finished).param("s", staffPerson).update();

        // A running specialised course (3 months) for a commune cluster, blended, after hours.
        long running = runAs.as(PROVINCE, () -> classes.create(input("Bồi dưỡng kiến thức chuyên môn chuyên ngành theo vị trí việc làm — cụm Phù Liễn",
                "CMCN", today.minusDays(30), today.plusDays(60), 36, "CLUSTER", "Cụm Phù Liễn – Việt Hòa", "Trung tâm Chính trị cụm",
                "BLENDED", "AFTER_HOURS", 40, 120_000_000, 3_000_000, "NSNN_TINH", 500_000, 800_000)));
        List<Long> specialised = new ArrayList<>(needing("CMCN", phuLien, 12));
        specialised.addAll(needing("CMCN", vietHoa, 12));
        specialised.removeIf(trainees::contains);
        List<Long> runningIds = runAs.as(PROVINCE, () -> enrollments.propose(running, specialised, null));
        approveAll(runningIds, true);
        runAs.run(PROVIDER, () -> results.start(running));

        // An open province course: the unit head's proposals wait for the province.
        long open = runAs.as(PROVINCE, () -> classes.create(input("Kỹ năng tiếp công dân, giải quyết khiếu nại, tố cáo",
                "NGANH_KHIEU_NAI_TO_CAO", today.plusDays(20), today.plusDays(23), 6, "CENTRAL", null, "Trường Chính trị thành phố Hải Phòng",
                "IN_PERSON", "OFFICE_HOURS", 30, 25_000_000, 800_000, "NSNN_TINH", 0, 0)));
        List<Long> vhxh = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id where o.code = '11446-VHXH' "
                + "and p.status = 'ACTIVE' and p.id <> :s and not exists (select 1 from enrollment e where e.person_id = p.id "
                + "and e.status in ('PROPOSED','APPROVED','WAITLISTED','ATTENDING')) order by p.id limit 3").param("s", staffPerson).query(Long.class).list();
        runAs.run(HEAD, () -> enrollments.propose(open, vhxh, "Phụ trách tiếp công dân của phòng"));

        // A commune evening course, small, with a waiting list.
        long evening = runAs.as(COMMUNE, () -> classes.create(input("Kỹ năng sử dụng dữ liệu và công cụ số trong công vụ",
                "KN_DU_LIEU_CONG_CU_SO", today.plusDays(10), today.plusDays(12), 3, "ON_SITE", null, "Hội trường UBND phường Phù Liễn",
                "IN_PERSON", "EVENING", 5, 5_000_000, 0, "NSNN_XA", 0, 0)));
        List<Long> eveningPeople = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id where o.path like '/VN/31/11446/%' "
                + "and p.status = 'ACTIVE' and p.id <> :s and not exists (select 1 from enrollment e where e.person_id = p.id "
                + "and e.status in ('PROPOSED','APPROVED','WAITLISTED','ATTENDING')) order by p.sort_key limit 9").param("s", staffPerson).query(Long.class).list();
        List<Long> eveningIds = runAs.as(COMMUNE, () -> enrollments.propose(evening, eveningPeople, null));
        runAs.run(COMMUNE, () -> eveningIds.subList(0, 7).forEach(id -> enrollments.approve(id, false, null)));
        int sent = reminders.run(today);
        log.info("Demo training: 4 classes, {} reminders sent", sent);
    }

    /** Approves in order; a person whose sending would empty their office is left proposed for the officer to decide. */
    private void approveAll(List<Long> ids, boolean province) {
        runAs.run(province ? PROVINCE : COMMUNE, () -> ids.forEach(id -> {
            try {
                enrollments.approve(id, false, null);
            } catch (Enrollments.ContinuityBlocked blocked) {
                enrollments.reject(id, "Không bảo đảm duy trì hoạt động của cơ quan trong thời gian học; cử vào đợt sau.");
            }
        }));
    }

    private List<Long> needing(String program, long unitId, int limit) {
        return runAs.as(PROVINCE, () -> gaps.peopleNeeding(unitId, program).stream().sorted().limit(limit).toList());
    }

    RunAs runAs() {
        return runAs;
    }

    Plans plans() {
        return plans;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    OrgUnits units() {
        return units;
    }

    ClassInput input(String name, String program, LocalDate from, LocalDate to, int sessions, String placeKind, String cluster,
                            String place, String delivery, String slot, int capacity, long perClass, long perTrainee, String funding,
                            long women, long ethnic) {
        return new ClassInput(null, name, program, "NSNN_XA".equals(funding) ? null : provider, null, "Đợt " + (from.getMonthValue() + 2) / 3 + "/" + from.getYear(),
                Dates.format(from), Dates.format(to), String.valueOf(sessions), null, placeKind, place, cluster, delivery, slot,
                String.valueOf(capacity), "Giảng viên Trường Chính trị thành phố Hải Phòng", String.valueOf(perClass),
                String.valueOf(perTrainee), funding, String.valueOf(women), String.valueOf(ethnic));
    }

    static List<OrgUnit> agencies(OrgUnits units, long communeId) {
        return units.lookupChildren(communeId).stream().filter(u -> u.kind() == OrgUnit.Kind.AGENCY).toList();
    }
}
