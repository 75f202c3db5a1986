package vn.boiduong.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.catalog.Catalog;
import vn.boiduong.catalog.Program;
import vn.boiduong.people.TrainingCertificates;
import vn.boiduong.security.AuditLog;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.UploadCheck;

/**
 * Attendance and results (seed 000 IV.3, 001 IV.3: every trainee reports results in the software): the provider or the
 * organiser records them; the trainee reports their own with a certificate scan; the unit verifies such reports.
 * A completed result writes the certificate into the personnel file, closing the gaps it satisfies (000 III.1.a).
 */
@Service
public class Results {

    private final Classes classes;
    private final ClassRepository classRepository;
    private final EnrollmentRepository enrollments;
    private final Catalog catalog;
    private final TrainingCertificates certificates;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final TrainingNotices notices;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Results(Classes classes, ClassRepository classRepository, EnrollmentRepository enrollments, Catalog catalog,
            TrainingCertificates certificates, TrainingAccess access, AuditLog audit, TrainingNotices notices,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.classes = classes;
        this.classRepository = classRepository;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.certificates = certificates;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The class begins: approved trainees become attending. */
    @Transactional
    public int start(long classId) {
        classRepository.lock(classId);
        TrainingClass c = classes.load(classId);
        access.require(access.canRecordResults(c));
        if (classRepository.setStatus(classId, "OPEN", "RUNNING") == 0) {
            throw new Problems.InvalidInput("status", "training.class.notOpen");
        }
        int n = enrollments.startAttending(classId);
        audit.record("START", "training_class", classId, c.organiserPath(), Map.of("status", c.status()),
                Map.of("status", "RUNNING", "attending", n), null);
        return n;
    }

    @Transactional
    public void finish(long classId) {
        TrainingClass c = classes.load(classId);
        access.require(access.canRecordResults(c));
        if (classRepository.setStatus(classId, "RUNNING", "FINISHED") == 0) {
            throw new Problems.InvalidInput("status", "training.class.notRunning");
        }
        // proposals and the waiting list end with the class
        int closed = jdbc.sql("update enrollment set status = 'REJECTED', waitlist_pos = null, decision_note = :n, version = version + 1 "
                        + "where class_id = :c and status in ('PROPOSED', 'WAITLISTED')")
                .param("n", "Lớp đã kết thúc").param("c", classId).update();
        audit.record("FINISH", "training_class", classId, c.organiserPath(), Map.of("status", c.status()),
                Map.of("status", "FINISHED", "closedProposals", closed), null);
    }

    /** The provider's (or organiser's) result for one trainee. */
    @Transactional
    public Enrollment record(long enrollmentId, String attended, String grade, String certificateNo, String certificateDate) {
        Enrollment e = enrollments.find(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        TrainingClass c = classes.load(e.classId());
        access.require(access.canRecordResults(c));
        return recordChecked(e, c, ResultRules.check(attended, grade, certificateNo, certificateDate, c,
                certificateGiven(c), LocalDate.now(clock)));
    }

    Enrollment recordChecked(Enrollment e, TrainingClass c, ResultRules.Checked r) {
        if (!"RUNNING".equals(c.status()) && !"FINISHED".equals(c.status())) {
            throw new Problems.InvalidInput("status", "training.class.notStarted");
        }
        if (!java.util.List.of("ATTENDING", "APPROVED", "NOT_COMPLETED").contains(e.status())) {
            throw new Problems.InvalidInput("status", "training.enrollment.noResult", e.fullName());
        }
        String status = r.passed() ? "COMPLETED" : "NOT_COMPLETED";
        LocalDate completedOn = r.passed() ? r.certificateDate() : null;
        int n = jdbc.sql("""
                        update enrollment set status = :s, sessions_attended = :a, grade = :g, passed = :p, certificate_no = :no,
                            certificate_date = :d, result_by = :by, result_at = now(), completed_on = :c, version = version + 1
                        where id = :id and version = :v
                        """)
                .param("s", status).param("a", r.sessionsAttended()).param("g", r.grade()).param("p", r.passed())
                .param("no", r.certificateNo()).param("d", r.certificateDate()).param("by", access.me().username())
                .param("c", completedOn).param("id", e.id()).param("v", e.version()).update();
        if (n == 0) {
            throw new Problems.ConcurrentChange("enrollment", e.id());
        }
        audit.record("RESULT", "enrollment", e.id(), e.unitPath(), Enrollments.snapshot(e),
                Enrollments.snapshot(enrollments.find(e.id()).orElseThrow()), null);
        if (r.passed()) {
            complete(e, c, r.certificateNo(), r.certificateDate());
        }
        return enrollments.find(e.id()).orElseThrow();
    }

    /** Results of a whole class from the filled-in sheet: every row checked first, then all recorded or none. */
    @Transactional
    public int importResults(long classId, byte[] content) {
        TrainingClass c = classes.load(classId);
        access.require(access.canRecordResults(c));
        UploadCheck.check(UploadCheck.Kind.RESULT_SHEET, null, content); // the shared upload check
        Map<Long, Enrollment> byId = new java.util.HashMap<>();
        enrollments.ofClass(classId).forEach(e -> byId.put(e.id(), e));
        var problems = Problems.collect();
        List<Map.Entry<Enrollment, ResultRules.Checked>> checked = new java.util.ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (ResultSheet.Row row : ResultSheet.read(content)) {
            Enrollment e = byId.get(row.enrollmentId());
            String where = "Dòng " + row.rowNumber();
            if (e == null) {
                problems.add(where, "training.sheet.notInClass", row.enrollmentId());
                continue;
            }
            if (row.attended().isBlank() && row.grade().isBlank()) {
                continue;
            }
            if (!List.of("ATTENDING", "APPROVED", "NOT_COMPLETED").contains(e.status())) {
                problems.add(where + " — " + e.fullName(), "training.enrollment.noResult", e.fullName());
                continue;
            }
            try {
                checked.add(Map.entry(e, ResultRules.check(row.attended(), row.grade(), row.certificateNo(), row.certificateDate(),
                        c, certificateGiven(c), today)));
            } catch (Problems.InvalidInput invalid) {
                invalid.problems().forEach(p -> problems.add(where + " — " + ResultSheet.FIELD_COLUMNS.getOrDefault(p.field(), p.field()),
                        p.code(), p.args()));
            }
        }
        problems.throwIfAny();
        if (checked.isEmpty()) {
            throw new Problems.InvalidInput("file", "training.sheet.empty");
        }
        checked.forEach(x -> recordChecked(x.getKey(), c, x.getValue()));
        return checked.size();
    }

    /** The trainee's own report, with a certificate scan; it waits for the unit's check unless the provider already recorded. */
    @Transactional
    public void selfReport(long enrollmentId, String certificateNo, String certificateDateText, String note,
                           String filename, byte[] file) {
        Enrollment e = enrollments.find(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        access.require(access.isSelf(e));
        TrainingClass c = classes.load(e.classId());
        LocalDate today = LocalDate.now(clock);
        if (e.verifiedAt() != null || "CANCELLED".equals(c.status())) {
            throw new Problems.InvalidInput("status", "training.report.notYet");
        }
        if (c.startsOn().isAfter(today) || !java.util.List.of("APPROVED", "ATTENDING", "COMPLETED", "NOT_COMPLETED").contains(e.status())) {
            throw new Problems.InvalidInput("status", "training.report.notYet");
        }
        var problems = Problems.collect();
        String number = ClassRules.trim(certificateNo);
        LocalDate date = ClassRules.trim(certificateDateText) == null ? null : ClassRules.date(certificateDateText, "certificateDate", problems);
        boolean needsProof = e.resultBy() == null;
        if (needsProof && number == null && certificateGiven(c)) {
            problems.add("certificateNo", "training.validation.certificateNo");
        }
        if (needsProof && date == null && problems.isEmpty()) {
            problems.add("certificateDate", "validation.required");
        }
        if (date != null && (date.isBefore(c.startsOn()) || date.isAfter(today))) {
            problems.add("certificateDate", "training.validation.certificateDate", vn.boiduong.shared.Dates.format(c.startsOn()));
        }
        if (needsProof && (file == null || file.length == 0)) {
            problems.add("file", "training.evidence.required");
        }
        problems.throwIfAny();
        if (file != null && file.length > 0) {
            Evidence.Checked ev = Evidence.check(filename, file);
            jdbc.sql("insert into evidence_file (enrollment_id, filename, content_type, size_bytes, content, uploaded_by) "
                            + "values (:e, :n, :t, :s, :c, :by)")
                    .param("e", e.id()).param("n", ev.filename()).param("t", ev.contentType()).param("s", ev.content().length)
                    .param("c", ev.content()).param("by", access.me().username()).update();
        }
        String cleanNote = ClassRules.trim(note);
        jdbc.sql("""
                        update enrollment set self_reported_at = now(), self_note = :n,
                            certificate_no = case when result_by is null then :no else certificate_no end,
                            certificate_date = case when result_by is null then :d else certificate_date end,
                            verified_by = null, verified_at = null, version = version + 1 where id = :id
                        """)
                .param("n", cleanNote).param("no", number).param("d", date).param("id", e.id()).update();
        audit.record("SELF_REPORT", "enrollment", e.id(), e.unitPath(), Enrollments.snapshot(e),
                Enrollments.snapshot(enrollments.find(e.id()).orElseThrow()), cleanNote);
    }

    /** The unit checks a trainee's report: accepted, it completes the training; refused, the trainee reports again. */
    @Transactional
    public void verify(long enrollmentId, boolean accept, String reason) {
        Enrollment e = enrollments.find(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        access.require(access.canVerify(e) && !access.isSelf(e)); // nobody confirms their own report
        if (!e.awaitingVerification()) {
            throw new Problems.InvalidInput("status", "training.report.nothingToVerify");
        }
        TrainingClass c = classes.load(e.classId());
        if ("CANCELLED".equals(c.status())) {
            throw new Problems.InvalidInput("status", "training.class.closed");
        }
        String why = ClassRules.trim(reason);
        if (!accept && why == null) {
            throw new Problems.InvalidInput("reason", "validation.required");
        }
        if (accept) {
            int n = jdbc.sql("""
                            update enrollment set status = 'COMPLETED', passed = true, completed_on = certificate_date,
                                verified_by = :by, verified_at = now(), version = version + 1
                            where id = :id and version = :v and result_by is null and verified_at is null
                              and status in ('APPROVED', 'ATTENDING', 'NOT_COMPLETED')
                            """).param("by", access.me().username()).param("id", e.id()).param("v", e.version()).update();
            if (n == 0) {
                throw new Problems.ConcurrentChange("enrollment", e.id());
            }
            complete(e, c, e.certificateNo(), e.certificateDate());
        } else {
            jdbc.sql("update enrollment set self_reported_at = null, decision_note = :r, version = version + 1 where id = :id")
                    .param("r", why).param("id", e.id()).update();
        }
        audit.record(accept ? "VERIFY" : "REFUSE_REPORT", "enrollment", e.id(), e.unitPath(), Enrollments.snapshot(e),
                Enrollments.snapshot(enrollments.find(e.id()).orElseThrow()), why);
        notices.verified(e, c, accept, why);
    }

    /** The scan a trainee uploaded (latest), for those who may see the enrollment. */
    @Transactional(readOnly = true)
    public Evidence.Checked evidence(long enrollmentId) {
        Enrollment e = enrollments.find(enrollmentId).orElseThrow(() -> new Problems.NotFound("enrollment", enrollmentId));
        access.require(access.canSee(classes.load(e.classId()), e));
        return jdbc.sql("select filename, content_type, content from evidence_file where enrollment_id = :e order by id desc limit 1")
                .param("e", enrollmentId)
                .query((rs, n) -> new Evidence.Checked(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new Problems.NotFound("evidence", enrollmentId));
    }

    private void complete(Enrollment e, TrainingClass c, String certificateNo, LocalDate on) {
        String issuer = c.providerName() != null ? c.providerName() : c.organiserName();
        certificates.record(e.personId(), c.programCode(), certificateNo, on, issuer, e.id());
        events.publishEvent(new TrainingCompleted(e.id(), e.personId(), c.programCode(), on));
    }

    boolean certificateGiven(TrainingClass c) {
        return catalog.find(c.programCode()).map(Program::certificate).map(s -> !s.isBlank()).orElse(true);
    }
}
