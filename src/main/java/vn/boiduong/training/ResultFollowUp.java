package vn.boiduong.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.VietnameseText;
import vn.boiduong.shared.Xlsx;

/**
 * Follow-up of trainees' results from {@code /results/pending}: the two lists (reports to check, reports late) as
 * an Excel sheet, and a reminder sent now to every late trainee of the scope (in the app and by e-mail).
 */
@Service
public class ResultFollowUp {

    /** What a reminder did: notices sent, and late trainees without an account (to be reminded in person). */
    public record Reminded(int sent, int withoutAccount) implements Serializable {
    }

    private final TrainingQueries queries;
    private final TrainingNotices notices;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ExportAudit exports;
    private final MessageSource messages;
    private final Clock clock;

    ResultFollowUp(TrainingQueries queries, TrainingNotices notices, AccessPolicy access, AuditLog audit, ExportAudit exports,
                   MessageSource messages, Clock clock) {
        this.queries = queries;
        this.notices = notices;
        this.access = access;
        this.audit = audit;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    /** Reminds each late trainee of the scope once a day at most (a second click the same day sends nothing new); audited. */
    @Transactional
    public Reminded remindLate() {
        access.require(Permission.RESULT_VERIFY);
        LocalDate today = LocalDate.now(clock);
        List<TrainingQueries.HistoryItem> late = queries.lateReports();
        int sent = 0;
        int without = 0;
        for (TrainingQueries.HistoryItem i : late) {
            Enrollment e = i.enrollment();
            boolean ok = notices.reportReminder(e.id(), e.personId(), e.fullName(), i.className(), i.endsOn(),
                    ChronoUnit.DAYS.between(i.endsOn(), today), today + ":manual");
            if (ok) {
                sent++;
            } else if (!notices.canReach(e.personId())) {
                without++;
            }
        }
        audit.record("REMIND_RESULTS", "enrollment", null, access.scopePath(), null,
                Map.of("late", late.size(), "sent", sent, "withoutAccount", without), null);
        return new Reminded(sent, without);
    }

    /** Refuses (403) a user who may not check results, before anything is written. */
    public void requireAllowed() {
        access.require(Permission.RESULT_VERIFY);
    }

    /** The two lists of the page in one sheet (STT, name, unit, class, end date, state); audited as an export. */
    public void export(OutputStream out) throws IOException {
        access.require(Permission.RESULT_VERIFY);
        List<TrainingQueries.HistoryItem> pending = queries.awaitingVerification();
        List<TrainingQueries.HistoryItem> late = queries.lateReports();
        LocalDate today = LocalDate.now(clock);
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet("Báo cáo kết quả");
        ws.value(0, 0, text("training.pending.title"));
        ws.style(0, 0).bold().set();
        String[] headers = {"STT", "Họ và tên", "Đơn vị", "Lớp", "Ngày kết thúc", "Tình trạng", "Số chứng chỉ"};
        TrainingSheets.header(ws, 2, headers);
        int r = 3;
        for (TrainingQueries.HistoryItem i : pending) {
            row(ws, r, i, text("training.pending.state.verify"));
            ws.value(r, 6, Xlsx.safeText(i.enrollment().certificateNo()));
            r++;
        }
        for (TrainingQueries.HistoryItem i : late) {
            row(ws, r, i, text("training.pending.state.late", ChronoUnit.DAYS.between(i.endsOn(), today)));
            r++;
        }
        wb.finish();
        exports.exported("enrollment", access.scopePath(), pending.size() + late.size(), "list", "results-pending");
    }

    private static void row(Worksheet ws, int r, TrainingQueries.HistoryItem i, String state) {
        ws.value(r, 0, r - 2);
        ws.value(r, 1, Xlsx.safeText(i.enrollment().fullName()));
        ws.value(r, 2, Xlsx.safeText(i.enrollment().unitName()));
        ws.value(r, 3, Xlsx.safeText(i.className()));
        ws.value(r, 4, Dates.format(i.endsOn()));
        ws.value(r, 5, state);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VietnameseText.VI);
    }
}
