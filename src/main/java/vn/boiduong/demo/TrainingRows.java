package vn.boiduong.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Writes planned classes and what became of each trainee by {@code asOf}: enrollments (ghi danh) in every status,
 * certificates into the personnel file (source TRAINING, as {@code people.TrainingCertificates} writes them), the
 * effect evaluation of each completion and the trainees' feedback. Deterministic from each class's seed.
 */
final class TrainingRows {

    static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final List<String> COMMENTS = List.of(
            "Nội dung sát với nhiệm vụ của chính quyền cấp xã sau sắp xếp.",
            "Nên tăng thời lượng thảo luận tình huống, giảm phần lý thuyết.",
            "Giảng viên nhiều ví dụ thực tế, dễ áp dụng.",
            "Tài liệu gửi muộn; đề nghị gửi trước khi khai giảng.",
            "Hội trường chật, âm thanh chưa tốt.");

    /** Who acts (named like the demo accounts): the province office, its school and the national academy. */
    record Actors(String province, String provider, String providerName, Long providerId, Long academyId) {
    }

    final CopyBuffer classes;
    final CopyBuffer enrollments;
    final CopyBuffer qualifications;
    final CopyBuffer effects;
    final CopyBuffer feedback;
    private final LocalDate asOf;

    TrainingRows(DataSource ds, LocalDate asOf) {
        this.asOf = asOf;
        classes = new CopyBuffer(ds, "training_class", "id, code, name, program_code, organiser_unit_id, provider_id, batch, "
                + "starts_on, ends_on, sessions, schedule, place_kind, place, cluster, delivery, time_slot, capacity, lecturers, "
                + "cost_per_class, cost_per_trainee, funding_source, support_women, support_ethnic, status, created_by");
        enrollments = new CopyBuffer(ds, "enrollment", "id, class_id, person_id, status, waitlist_pos, proposed_by, proposed_at, "
                + "decided_by, decided_at, decision_note, sessions_attended, grade, passed, certificate_no, certificate_date, "
                + "result_by, result_at, self_reported_at, verified_by, verified_at, completed_on").after(classes);
        qualifications = new CopyBuffer(ds, "qualification", "person_id, program_code, for_position, certificate_no, issued_on, "
                + "issuer, source, created_at");
        effects = new CopyBuffer(ds, "effect_evaluation", "enrollment_id, person_id, org_unit_id, program_code, completed_on, due_on, "
                + "status, task_results, advice_quality, responsibility, discipline, coordination, satisfaction, total, comments, "
                + "evaluator, signed_at, created_at").after(enrollments);
        feedback = new CopyBuffer(ds, "class_feedback", "enrollment_id, class_id, provider_id, content, lecturers, organisation, "
                + "usefulness, comment, submitted_at").after(enrollments);
    }

    void flush() {
        classes.flush();
        enrollments.flush();
        qualifications.flush();
        effects.flush();
        feedback.flush();
    }

    /** One class and its trainees; {@code ids} gives the enrollment ids reserved for them. */
    void write(TrainingHistory.PlannedClass c, long classId, String code, Actors actors, String organiserName,
               PrimitiveIterator.OfLong ids) {
        SplittableRandom r = new SplittableRandom(c.seed());
        boolean academy = c.offer().level() == TrainingOffers.Level.ACADEMY;
        boolean commune = c.offer().level() == TrainingOffers.Level.COMMUNE;
        Long providerId = commune ? null : academy ? actors.academyId() : actors.providerId();
        String issuer = academy ? "Học viện Chính trị quốc gia Hồ Chí Minh" : commune ? organiserName : actors.providerName();
        String status;
        if (c.startsOn().isAfter(asOf)) {
            status = r.nextInt(100) < 2 ? "CANCELLED" : "OPEN";
        } else if (!c.endsOn().isBefore(asOf) || (c.endsOn().plusDays(21).isAfter(asOf) && r.nextInt(100) < 30)) {
            status = "RUNNING"; // still running, or ended lately and the school has not entered the results yet
        } else {
            status = "FINISHED";
        }
        classes.row(classId, code, c.name(), c.program().code(), c.organiserId(), providerId,
                "Đợt " + ((c.startsOn().getMonthValue() + 2) / 3) + "/" + c.startsOn().getYear(), c.startsOn(), c.endsOn(),
                c.sessions(), null, c.placeKind(), c.place(), c.cluster(), c.delivery(), c.timeSlot(), c.capacity(),
                commune ? "Giảng viên kiêm chức" : "Giảng viên " + issuer, c.costPerClass(), c.costPerTrainee(), c.funding(),
                c.supportWomen(), c.supportEthnic(), status, actors.province());
        int waitlist = 0;
        for (TrainingOffers.Trainee t : c.members()) {
            long id = ids.nextLong();
            String officer = "vhxh." + t.communeCode();
            String decider = commune ? officer : actors.province();
            LocalDate proposed = c.startsOn().minusDays(25 + r.nextInt(40));
            OffsetDateTime proposedAt = at(min(proposed, asOf), 9 + r.nextInt(7));
            OffsetDateTime decidedAt = at(min(proposed.plusDays(3 + r.nextInt(8)), asOf), 14);
            String s = outcome(status, c, r);
            if ("WAITLISTED".equals(s)) {
                waitlist++;
            }
            if ("PROPOSED".equals(s) || "WAITLISTED".equals(s)) {
                enrollments.row(id, classId, t.id(), s, "WAITLISTED".equals(s) ? waitlist : null, officer, proposedAt,
                        "PROPOSED".equals(s) ? null : decider, "PROPOSED".equals(s) ? null : decidedAt, null,
                        null, null, null, null, null, null, null, null, null, null, null);
                continue;
            }
            if (!"COMPLETED".equals(s) && !"NOT_COMPLETED".equals(s)) {
                String note = "CANCELLED".equals(status) ? "Lớp bị hủy" : "WITHDRAWN".equals(s) ? "Rút theo đề nghị của cơ quan"
                        : "REJECTED".equals(s) ? "Không bảo đảm duy trì hoạt động của cơ quan; cử vào đợt sau." : null;
                enrollments.row(id, classId, t.id(), s, null, officer, proposedAt, decider, decidedAt, note,
                        null, null, null, null, null, null, null, null, null, null, null);
                continue;
            }
            boolean passed = "COMPLETED".equals(s);
            LocalDate certDate = min(c.endsOn().plusDays(1 + r.nextInt(7)), asOf);
            BigDecimal grade = BigDecimal.valueOf(passed ? 55 + r.nextInt(45) : 20 + r.nextInt(30), 1);
            String certNo = passed && c.program().certificate() ? abbreviation(c.program().code()) + "-" + TrainingHistory.YEAR + "-" + id : null;
            boolean selfReported = passed && r.nextInt(100) < 18;
            OffsetDateTime resultAt = at(min(certDate.plusDays(1), asOf), 10);
            OffsetDateTime reportedAt = selfReported ? at(min(c.endsOn().plusDays(2 + r.nextInt(18)), asOf), 8) : null;
            OffsetDateTime verifiedAt = selfReported ? at(min(c.endsOn().plusDays(21 + r.nextInt(5)), asOf), 16) : null;
            enrollments.row(id, classId, t.id(), s, null, officer, proposedAt, decider, decidedAt, null,
                    passed ? c.sessions() - r.nextInt(2) : c.sessions() / 2 + r.nextInt(c.sessions() / 2 + 1), grade, passed,
                    certNo, passed ? certDate : null, selfReported ? null : actors.provider(), selfReported ? null : resultAt,
                    reportedAt, selfReported ? officer : null, verifiedAt, passed ? certDate : null);
            if (passed) {
                // people.TrainingCertificates: source TRAINING; the CMCN certificate counts for the position held (seed 000 III.1.a)
                qualifications.row(t.id(), c.program().code(), "CMCN".equals(c.program().code()) ? t.position() : null, certNo,
                        certDate, issuer, "TRAINING", selfReported ? verifiedAt : resultAt);
                effect(id, t, c, certDate, r);
            }
            if (r.nextInt(100) < (passed ? 50 : 30)) {
                int base = 6 + r.nextInt(4);
                feedback.row(id, classId, providerId, score(base, r), score(base, r), score(base - 1, r), score(base, r),
                        r.nextInt(100) < 12 ? COMMENTS.get(r.nextInt(COMMENTS.size())) : null,
                        at(min(c.endsOn().plusDays(1 + r.nextInt(10)), asOf), 11));
            }
        }
    }

    /** seed 000 IV.3: evaluated by the unit at least 3 months after the training; about two thirds of those due are signed. */
    private void effect(long enrollmentId, TrainingOffers.Trainee t, TrainingHistory.PlannedClass c, LocalDate completed,
                        SplittableRandom r) {
        LocalDate due = completed.plusMonths(3);
        OffsetDateTime created = at(completed, 18);
        if (due.isAfter(asOf) || r.nextInt(100) >= 65) {
            effects.row(enrollmentId, t.id(), t.unitId(), c.program().code(), completed, due, "DUE", null, null, null, null,
                    null, null, null, "{}", null, null, created);
            return;
        }
        int base = 6 + r.nextInt(4);
        int[] s = new int[6];
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            s[i] = score(base, r);
            sum += s[i];
        }
        // V10 / EffectRules.total: total = mean of the six scores × 10, two decimals
        BigDecimal total = BigDecimal.valueOf(sum * 10L).divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_UP);
        String comments = r.nextInt(100) < 20 ? "{\"generalComment\": \"Vận dụng tốt kiến thức được bồi dưỡng vào công việc.\"}" : "{}";
        effects.row(enrollmentId, t.id(), t.unitId(), c.program().code(), completed, due, "SIGNED", s[0], s[1], s[2], s[3], s[4],
                s[5], total, comments, "truongphong." + t.communeCode(), at(min(due.plusDays(r.nextInt(25)), asOf), 15), created);
    }

    private String outcome(String classStatus, TrainingHistory.PlannedClass c, SplittableRandom r) {
        int x = r.nextInt(100);
        return switch (classStatus) {
            case "CANCELLED" -> "REJECTED";
            case "FINISHED" -> x < 4 ? "WITHDRAWN" : x < 5 ? "REJECTED" : x < 11 ? "NOT_COMPLETED" : "COMPLETED";
            case "RUNNING" -> x < 4 ? "WITHDRAWN" : "ATTENDING";
            default -> c.startsOn().isBefore(asOf.plusDays(30))
                    ? (x < 72 ? "APPROVED" : x < 78 ? "WAITLISTED" : x < 90 ? "PROPOSED" : x < 95 ? "WITHDRAWN" : "REJECTED")
                    : (x < 55 ? "PROPOSED" : x < 90 ? "APPROVED" : x < 93 ? "WAITLISTED" : x < 97 ? "WITHDRAWN" : "REJECTED");
        };
    }

    private static int score(int base, SplittableRandom r) {
        return Math.max(1, Math.min(10, base + r.nextInt(3) - 1));
    }

    static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), VN);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static String abbreviation(String program) {
        StringBuilder sb = new StringBuilder();
        for (String part : program.split("_")) {
            sb.append(part, 0, Math.min(part.length(), 4));
        }
        return sb.toString();
    }
}
