package vn.boiduong.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * Yearly reports (báo cáo năm): a unit's writer opens the draft, writes difficulties and proposals and submits it to
 * the unit above, which accepts it or returns it with a reason. Figures are live while DRAFT or RETURNED and frozen
 * (snapshot and files) on submission. Every step is audited.
 */
@Service
public class Reports {

    static final int TEXT_MAX = 4000;

    private final ReportRepository repository;
    private final ReportUnits units;
    private final ReportCalendar calendar;
    private final Figures figures;
    private final ReportFiles files;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Reports(ReportRepository repository, ReportUnits units, ReportCalendar calendar, Figures figures, ReportFiles files,
            AccessPolicy access, AuditLog audit, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.units = units;
        this.calendar = calendar;
        this.figures = figures;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The report of a unit (the reader's own when null) for a year, if it was started. */
    @Transactional(readOnly = true)
    public Optional<YearlyReport> find(Long unitId, int year) {
        OrgUnit unit = units.unit(unitId == null ? access.currentUser().orgUnitId() : unitId);
        units.requireRead(unit);
        return repository.find(unit.id(), year).map(this::view);
    }

    @Transactional(readOnly = true)
    public YearlyReport get(long id) {
        ReportRepository.Stored s = stored(id);
        units.requireRead(units.unit(s.unitId()));
        return view(s);
    }

    /** Opens (creates if needed) the draft of the writer's own unit for a year: the first of the two clicks. */
    @Transactional
    public long open(int year) {
        OrgUnit unit = units.unit(access.currentUser().orgUnitId());
        units.requireWrite(unit);
        checkYear(year);
        if (units.reviewerOf(unit).isEmpty()) {
            throw new Problems.InvalidInput("unitId", "reports.error.noReviewer");
        }
        Optional<ReportRepository.Stored> existing = repository.find(unit.id(), year);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        long id = repository.insertDraft(unit.id(), year, access.currentUser().username());
        audit.record("CREATE", "yearly_report", id, unit.path(), null, Map.of("year", year, "status", "DRAFT"), null);
        return id;
    }

    /** The figures: the frozen snapshot once submitted, otherwise computed now. */
    @Transactional(readOnly = true)
    public ReportFigures figures(long id) {
        ReportRepository.Stored s = stored(id);
        OrgUnit unit = units.unit(s.unitId());
        units.requireRead(unit);
        return repository.snapshot(id).map(text -> json.readValue(text, ReportFigures.class))
                .orElseGet(() -> figures.compute(unit, s.year(), today()));
    }

    /** The figures of any unit the reader may see, computed now (nothing stored). */
    @Transactional(readOnly = true)
    public ReportFigures compute(long unitId, int year) {
        checkYear(year);
        OrgUnit unit = units.unit(unitId);
        units.requireRead(unit);
        return figures.compute(unit, year, today());
    }

    @Transactional
    public void saveText(long id, int version, String difficulties, String proposals) {
        ReportRepository.Stored s = stored(id);
        OrgUnit unit = units.unit(s.unitId());
        units.requireWrite(unit);
        requireStatus(s, "DRAFT", "RETURNED");
        String d = clean(difficulties);
        String p = clean(proposals);
        var problems = Problems.collect();
        if (d != null && d.length() > TEXT_MAX) {
            problems.add("difficulties", "validation.tooLong", TEXT_MAX);
        }
        if (p != null && p.length() > TEXT_MAX) {
            problems.add("proposals", "validation.tooLong", TEXT_MAX);
        }
        problems.throwIfAny();
        if (repository.updateText(id, version, d, p) == 0) {
            throw new Problems.ConcurrentChange("yearly_report", id);
        }
        audit.record("UPDATE", "yearly_report", id, unit.path(), AuditSnapshot.of(s), AuditSnapshot.of(stored(id)), null);
    }

    /** Submits upward: freezes the figures and the three files; late when on or after the due date. */
    @Transactional
    public void submit(long id, int version) {
        ReportRepository.Stored s = stored(id);
        OrgUnit unit = units.unit(s.unitId());
        units.requireWrite(unit);
        requireStatus(s, "DRAFT", "RETURNED");
        if (s.version() != version) {
            throw new Problems.ConcurrentChange("yearly_report", id);
        }
        LocalDate due = calendar.dueBefore(unit, s.year())
                .orElseThrow(() -> new Problems.InvalidInput("unitId", "reports.error.noReviewer"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportFigures f = figures.compute(unit, s.year(), today());
        ReportFiles.Set set = files.render(view(s), f);
        if (repository.submit(id, version, json.writeValueAsString(f), set.docx(), set.pdf(), set.xlsx(), due, now,
                access.currentUser().username()) == 0) {
            throw new Problems.ConcurrentChange("yearly_report", id);
        }
        String late = Lateness.of("SUBMITTED", due, now, today());
        Map<String, Object> after = AuditSnapshot.of(stored(id));
        after.put("late", late == null ? "" : late);
        after.put("sent", f.total().sent());
        after.put("completed", f.total().completed());
        audit.record("SUBMIT", "yearly_report", id, unit.path(), AuditSnapshot.of(s), after, null);
    }

    @Transactional
    public void accept(long id, int version) {
        review(id, version, "ACCEPTED", null);
    }

    /** Returns the report to its unit; the reason is required (it tells them what to fix). */
    @Transactional
    public void returnReport(long id, int version, String reason) {
        String r = clean(reason);
        if (r == null) {
            throw new Problems.InvalidInput("reason", "reports.error.reasonRequired");
        }
        if (r.length() > 1000) {
            throw new Problems.InvalidInput("reason", "validation.tooLong", 1000);
        }
        review(id, version, "RETURNED", r);
    }

    private void review(long id, int version, String status, String reason) {
        ReportRepository.Stored s = stored(id);
        OrgUnit unit = units.unit(s.unitId());
        units.requireReview(unit);
        requireStatus(s, "SUBMITTED");
        if (repository.review(id, version, status, reason, OffsetDateTime.now(clock), access.currentUser().username()) == 0) {
            throw new Problems.ConcurrentChange("yearly_report", id);
        }
        audit.record(status.equals("ACCEPTED") ? "ACCEPT" : "RETURN", "yearly_report", id, unit.path(),
                AuditSnapshot.of(s), AuditSnapshot.of(stored(id)), reason);
    }

    /** A file of the report: the stored one once submitted, otherwise rendered now. kind: docx, pdf or xlsx. */
    @Transactional(readOnly = true)
    public byte[] file(long id, String kind) {
        if (!List.of("docx", "pdf", "xlsx").contains(kind)) {
            throw new Problems.NotFound("file", kind);
        }
        ReportRepository.Stored s = stored(id);
        units.requireRead(units.unit(s.unitId()));
        return repository.file(id, kind).orElseGet(() -> {
            ReportFiles.Set set = files.render(view(s), figures(id));
            return kind.equals("docx") ? set.docx() : kind.equals("pdf") ? set.pdf() : set.xlsx();
        });
    }

    /** The units that report to a unit (the reader's own when null), each with its report status for the year. */
    @Transactional(readOnly = true)
    public List<YearlyReport.UnitStatus> below(Long unitId, int year) {
        checkYear(year);
        OrgUnit unit = units.unit(unitId == null ? access.currentUser().orgUnitId() : unitId);
        units.requireRead(unit);
        return statuses(unit, year, today());
    }

    List<YearlyReport.UnitStatus> statuses(OrgUnit unit, int year, LocalDate today) {
        List<OrgUnit> reporters = units.reportersOf(unit);
        Map<Long, ReportRepository.Stored> reports = new LinkedHashMap<>();
        repository.ofUnits(reporters.stream().map(OrgUnit::id).toList(), year).forEach(r -> reports.put(r.unitId(), r));
        List<YearlyReport.UnitStatus> result = new ArrayList<>();
        // deadlines are set for the nation or a province only (ReportCalendar.set): one look-up per kind and province,
        // not one per commune (the province's home page lists 114 communes)
        Map<String, Optional<LocalDate>> dues = new java.util.HashMap<>();
        for (OrgUnit u : reporters) {
            ReportRepository.Stored r = reports.get(u.id());
            String dueKey = ReportCalendar.reporterOf(u).orElse("") + "|" + provinceOf(u.path());
            LocalDate due = r != null && r.dueBefore() != null ? r.dueBefore()
                    : dues.computeIfAbsent(dueKey, k -> calendar.dueBefore(u, year)).orElse(null);
            String status = r == null ? "NONE" : r.status();
            OffsetDateTime at = r == null ? null : r.submittedAt();
            result.add(new YearlyReport.UnitStatus(u.id(), u.code(), u.name(), r == null ? null : r.id(), status, due, at,
                    Lateness.of(status, due, at, today)));
        }
        result.sort(VietnameseText.byText(YearlyReport.UnitStatus::name));
        return result;
    }

    /** "/VN/31/" of "/VN/31/11446/…": the level below which no deadline is set. */
    private static String provinceOf(String path) {
        int first = path.indexOf('/', 1);
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }

    /** The date the unit's report for the year must be in before (unchecked). */
    LocalDate dueOf(OrgUnit unit, int year) {
        return calendar.dueBefore(unit, year).orElse(null);
    }

    boolean canWrite(YearlyReport r) {
        return units.canWrite(units.unit(r.unitId()));
    }

    boolean canReview(YearlyReport r) {
        return units.canReview(units.unit(r.unitId()));
    }

    private YearlyReport view(ReportRepository.Stored s) {
        LocalDate due = s.dueBefore() != null ? s.dueBefore() : calendar.dueBefore(units.unit(s.unitId()), s.year()).orElse(null);
        return new YearlyReport(s.id(), s.unitId(), s.unitCode(), s.unitName(), s.unitPath(), s.year(), s.status(),
                s.difficulties(), s.proposals(), due, s.submittedAt(), s.submittedBy(), s.reviewedAt(), s.reviewedBy(),
                s.returnReason(), s.version(), Lateness.of(s.status(), due, s.submittedAt(), today()), s.frozen());
    }

    private ReportRepository.Stored stored(long id) {
        return repository.find(id).orElseThrow(() -> new Problems.NotFound("yearly_report", id));
    }

    private static void requireStatus(ReportRepository.Stored s, String... allowed) {
        if (!List.of(allowed).contains(s.status())) {
            throw new Problems.InvalidInput("status", "reports.error.step", s.status());
        }
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new Problems.InvalidInput("year", "reports.error.year");
        }
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    }
}
