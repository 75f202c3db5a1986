package vn.boiduong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.reports.ReportReminders;
import vn.boiduong.reports.Reports;
import vn.boiduong.security.Role;
import vn.boiduong.security.RunAs;
import vn.boiduong.security.UserAdministration;

/**
 * The demo's yearly reports (báo cáo năm), through the real services. For 2025: Phù Liễn's agencies — Phòng VH-XH and
 * the Văn phòng accepted, the Đảng ủy returned with a reason, Phòng Kinh tế submitted late, the public-service centre
 * never (overdue); Phù Liễn's own report accepted by the province, Việt Hòa's never submitted. For 2026: drafts in
 * progress at two agencies and at Việt Hòa (Phù Liễn's own is left for the officer's two clicks). Heads of four agencies
 * get accounts so their units can report. The clock cannot be turned back, so the 2025 timestamps are set afterwards.
 */
@Component
class ReportsDemo implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(ReportsDemo.class);
    static final String COMMUNE = "vhxh.phulien";
    static final String PROVINCE = "sonoivu.haiphong";

    private final Reports reports;
    private final ReportReminders reminders;
    private final UserAdministration users;
    private final OrgUnits units;
    private final RunAs runAs;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportsDemo(Reports reports, ReportReminders reminders, UserAdministration users, OrgUnits units, RunAs runAs,
                JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.reminders = reminders;
        this.users = users;
        this.units = units;
        this.runAs = runAs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load() {
        head("danguy.phulien", "Thủ trưởng Đảng ủy phường Phù Liễn", "11446-DU");
        head("vanphong.phulien", "Chánh Văn phòng HĐND và UBND phường Phù Liễn", "11446-VP");
        head("kinhte.phulien", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Phù Liễn", "11446-KT");
        head("pvhcc.phulien", "Giám đốc Trung tâm Phục vụ hành chính công phường Phù Liễn", "11446-PVHCC");

        long vhxh = submit("truongphong.phulien", 2025, "Một số công chức chưa bố trí được thời gian học trong giờ hành chính.",
                "Tăng lớp học buổi tối và trực tuyến.", LocalDate.of(2025, 12, 3));
        accept(COMMUNE, vhxh, LocalDate.of(2025, 12, 11));
        long vp = submit("vanphong.phulien", 2025, null, "Bố trí kinh phí cập nhật kiến thức pháp luật.", LocalDate.of(2025, 12, 8));
        accept(COMMUNE, vp, LocalDate.of(2025, 12, 11));
        long du = submit("danguy.phulien", 2025, null, null, LocalDate.of(2025, 12, 4));
        long duVersion = version(du);
        runAs.run(COMMUNE, () -> reports.returnReport(du, (int) duVersion,
                "Bổ sung số đảng viên được cử đi bồi dưỡng lý luận chính trị và kết quả đánh giá hiệu quả."));
        backdate(du, null, LocalDate.of(2025, 12, 6));
        long kt = submit("kinhte.phulien", 2025, "Thiếu giảng viên chuyên ngành xây dựng.", null, LocalDate.of(2025, 12, 12));
        accept(COMMUNE, kt, LocalDate.of(2025, 12, 15));
        runAs.run("pvhcc.phulien", () -> reports.open(2025)); // never submitted: overdue
        long commune = submit(COMMUNE, 2025, "Cơ sở vật chất phục vụ học trực tuyến ở một số tổ dân phố còn hạn chế.",
                "Đề nghị Sở Nội vụ mở thêm lớp cập nhật kiến thức tại cụm phường.", LocalDate.of(2025, 12, 14));
        accept(PROVINCE, commune, LocalDate.of(2025, 12, 18));
        runAs.run("vhxh.viethoa", () -> reports.open(2025)); // Việt Hòa: never submitted, overdue

        // 2026: drafts in progress while the 05/12 and 10/12 deadlines come near
        long draft = runAs.as("truongphong.phulien", () -> reports.open(2026));
        runAs.run("truongphong.phulien", () -> reports.saveText(draft, (int) version(draft),
                "Hai công chức được cử đi học cùng thời điểm, ảnh hưởng tiếp dân.", null));
        runAs.run("danguy.phulien", () -> reports.open(2026));
        runAs.run("vhxh.viethoa", () -> reports.open(2026));
        int sent = reminders.run(LocalDate.now(clock));
        log.info("Demo yearly reports: 2025 agencies of Phù Liễn, Phù Liễn accepted, Việt Hòa overdue; 2026 drafts; {} reminders", sent);
    }

    private void head(String username, String fullName, String unitCode) {
        long unitId = units.lookupByCode(unitCode).orElseThrow().id();
        users.createSystemUser(new UserAdministration.NewUser(username, DemoLoader.PASSWORD, fullName, null, Role.UNIT_HEAD,
                unitId, null, null));
    }

    private long submit(String user, int year, String difficulties, String proposals, LocalDate on) {
        long id = runAs.as(user, () -> reports.open(year));
        if (difficulties != null || proposals != null) {
            runAs.run(user, () -> reports.saveText(id, (int) version(id), difficulties, proposals));
        }
        runAs.run(user, () -> reports.submit(id, (int) version(id)));
        backdate(id, on, null);
        return id;
    }

    private void accept(String user, long id, LocalDate on) {
        runAs.run(user, () -> reports.accept(id, (int) version(id)));
        backdate(id, null, on);
    }

    private long version(long id) {
        return jdbc.sql("select version from yearly_report where id = :id").param("id", id).query(Long.class).single();
    }

    /** The demo's history: when it was submitted or reviewed in 2025 (09:00 Vietnam time). */
    private void backdate(long id, LocalDate submitted, LocalDate reviewed) {
        if (submitted != null) {
            jdbc.sql("update yearly_report set submitted_at = :at, created_at = :at where id = :id")
                    .param("at", OffsetDateTime.of(submitted.atTime(9, 0), ZoneOffset.ofHours(7))).param("id", id).update();
        }
        if (reviewed != null) {
            jdbc.sql("update yearly_report set reviewed_at = :at where id = :id")
                    .param("at", OffsetDateTime.of(reviewed.atTime(9, 0), ZoneOffset.ofHours(7))).param("id", id).update();
        }
    }
}
