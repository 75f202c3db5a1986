package vn.boiduong.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.catalog.Catalog;
import vn.boiduong.catalog.Program;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Opening, changing and listing classes (lớp bồi dưỡng), always inside the user's scope. */
@Service
public class Classes {

    public record Page(List<TrainingClass> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final ClassRepository classes;
    private final ProviderRepository providers;
    private final Catalog catalog;
    private final OrgUnits units;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Classes(ClassRepository classes, ProviderRepository providers, Catalog catalog, OrgUnits units, TrainingAccess access,
            AuditLog audit, Clock clock) {
        this.classes = classes;
        this.providers = providers;
        this.catalog = catalog;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page list(Integer year, String programCode, String status, String query, int page, int size) {
        return list(year, programCode, status, query, null, page, size);
    }

    /**
     * The class list; {@code show} narrows it to what waits for the user: "proposals" (classes of the scope with
     * proposals of its staff to decide), "results" (classes running or finished with trainees' results not yet recorded).
     */
    @Transactional(readOnly = true)
    public Page list(Integer year, String programCode, String status, String query, String show, int page, int size) {
        CurrentUser me = access.me();
        boolean reader = me.role().has(Permission.TRAINING_READ);
        boolean provider = me.role().has(Permission.CLASSES_OWN) && me.providerId() != null;
        access.require(reader || provider);
        String q = query == null || query.isBlank() ? null : VietnameseText.searchKey(query);
        var filter = new ClassRepository.Filter(reader ? me.scopePath() : null, provider ? me.providerId() : null, year,
                blank(programCode), blank(status), q, "proposals".equals(show) || "results".equals(show) ? show : null);
        int limit = Math.min(Math.max(size, 1), 500);
        return new Page(classes.list(filter, limit, Math.max(page, 0) * limit), classes.count(filter), Math.max(page, 0), limit);
    }

    @Transactional(readOnly = true)
    public TrainingClass get(long id) {
        TrainingClass c = classes.find(id).orElseThrow(() -> new Problems.NotFound("class", id));
        access.require(access.canSee(c));
        return c;
    }

    /** Unchecked lookup for the module's own services (they authorise the action themselves). */
    TrainingClass load(long id) {
        return classes.find(id).orElseThrow(() -> new Problems.NotFound("class", id));
    }

    /** Opens a class organised by the user's own unit (commune or province). */
    @Transactional
    public long create(ClassInput input) {
        CurrentUser me = access.me();
        OrgUnit organiser = units.lookup(me.orgUnitId()).orElseThrow();
        access.require(me.role().has(Permission.CLASS_MANAGE));
        ClassForm form = check(input, organiser.path());
        String code = form.code();
        if (code == null) {
            int year = form.startsOn().getYear();
            do {
                code = organiser.code() + "-" + year + "-" + String.format("%03d", classes.nextNumber(organiser.id(), year));
            } while (classes.codeTaken(code));
        } else if (classes.codeTaken(code)) {
            throw new Problems.InvalidInput("code", "training.validation.codeTaken", code);
        }
        long id = classes.insert(form, organiser.id(), code, me.username());
        audit.record("CREATE", "training_class", id, organiser.path(), null, snapshot(load(id)), null);
        return id;
    }

    @Transactional
    public void update(long id, ClassInput input, int version) {
        classes.lock(id); // seats are counted under the same lock approvals take
        TrainingClass before = load(id);
        access.require(access.canManage(before));
        if (!List.of("OPEN", "RUNNING").contains(before.status())) {
            throw new Problems.InvalidInput("status", "training.class.closed");
        }
        ClassForm form = check(input, before.organiserPath());
        if (form.capacity() < before.seatsTaken()) {
            throw new Problems.InvalidInput("capacity", "training.validation.capacityBelowSeats", before.seatsTaken());
        }
        if (classes.update(id, version, form) == 0) {
            throw new Problems.ConcurrentChange("class", id);
        }
        audit.record("UPDATE", "training_class", id, before.organiserPath(), snapshot(before), snapshot(load(id)), null);
    }

    @Transactional
    public void cancel(long id, String reason) {
        TrainingClass c = load(id);
        // a class with approved trainees is not cancelled: withdraw them first (each told, each audited)
        access.require(access.canManage(c));
        if (reason == null || reason.isBlank()) {
            throw new Problems.InvalidInput("reason", "validation.required");
        }
        classes.lock(id);
        c = load(id);
        if (c.seatsTaken() > 0 || classes.setStatus(id, "OPEN", "CANCELLED") == 0) {
            throw new Problems.InvalidInput("status", "training.class.cannotCancel");
        }
        classes.closeProposals(id, "Lớp đã hủy: " + reason.strip());
        audit.record("CANCEL", "training_class", id, c.organiserPath(), snapshot(c), snapshot(load(id)), reason.strip());
    }

    /** Programmes the user may open a class of, and providers that may run it. */
    @Transactional(readOnly = true)
    public List<Program> programs() {
        return VietnameseText.sortedByText(catalog.programs(), Program::name);
    }

    @Transactional(readOnly = true)
    public List<Provider> providersForMe() {
        return VietnameseText.sortedByText(providers.servingOrInside(access.me().scopePath()), Provider::name);
    }

    private ClassForm check(ClassInput input, String organiserPath) {
        Set<String> codes = catalog.programs().stream().map(Program::code).collect(Collectors.toSet());
        Set<Long> providerIds = providers.servingOrInside(organiserPath).stream().map(Provider::id).collect(Collectors.toSet());
        ClassForm form = ClassRules.check(input, codes, providerIds);
        if (form.planLineId() != null && !classes.planLineUnder(form.planLineId(), organiserPath)) {
            throw new Problems.InvalidInput("planLineId", "training.validation.planLine");
        }
        if (form.startsOn().isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new Problems.InvalidInput("startsOn", "training.validation.tooOld");
        }
        return form;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The stored fields of a class (the seat counts are derived, not stored). */
    static Map<String, Object> snapshot(TrainingClass c) {
        return AuditSnapshot.of(c, "seatsTaken", "waitlisted", "proposed");
    }
}
