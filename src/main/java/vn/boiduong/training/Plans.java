package vn.boiduong.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.catalog.Catalog;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.standards.GapQueries;

/**
 * Annual plans (001 IV.2): agencies submit needs (from the gap analysis plus their own proposals), the commune
 * consolidates and submits, the province consolidates and is approved by the ministry; each step approved or
 * returned with a reason, with a deadline (agencies → commune → province in December, 001 V.2).
 */
@Service
public class Plans {

    /** A unit below the plan's unit and where its plan for the year stands (null plan: not started). */
    public record ChildStatus(long unitId, String unitName, TrainingPlan plan, LocalDate dueOn) {
    }

    private final PlanRepository plans;
    private final OrgUnits units;
    private final Catalog catalog;
    private final GapQueries gaps;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, MonthDay> dueDays;

    Plans(PlanRepository plans, OrgUnits units, Catalog catalog, GapQueries gaps, AccessPolicy access, AuditLog audit, Clock clock,
          @Value("${boiduong.training.plan-due.agency:--10-31}") String agencyDue,
          @Value("${boiduong.training.plan-due.commune:--11-20}") String communeDue,
          @Value("${boiduong.training.plan-due.province:--12-31}") String provinceDue) {
        this.plans = plans;
        this.units = units;
        this.catalog = catalog;
        this.gaps = gaps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.dueDays = Map.of("AGENCY", MonthDay.parse(agencyDue), "COMMUNE", MonthDay.parse(communeDue),
                "PROVINCE", MonthDay.parse(provinceDue));
    }

    /** The deadline of a plan for {@code year}: in the year before, by level. */
    public LocalDate dueOn(String level, int year) {
        return dueDays.get(level).atYear(year - 1);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<TrainingPlan> list(Integer year, String status, String level) {
        requireReader();
        return plans.list(access.scopePath(), year, blank(status), blank(level));
    }

    @Transactional(readOnly = true)
    public TrainingPlan get(long id) {
        TrainingPlan p = plans.find(id).orElseThrow(() -> new Problems.NotFound("plan", id));
        requireReader();
        access.require(Permission.TRAINING_READ, p.unitPath());
        return p;
    }

    @Transactional(readOnly = true)
    public List<TrainingPlan.Line> lines(long id) {
        get(id);
        return plans.lines(id);
    }

    /** The user's own unit's plan for the year, if started. */
    @Transactional(readOnly = true)
    public java.util.Optional<TrainingPlan> mine(int year) {
        return plans.findFor(access.currentUser().orgUnitId(), year);
    }

    @Transactional
    public long create(int year) {
        CurrentUser me = access.currentUser();
        OrgUnit unit = units.lookup(me.orgUnitId()).orElseThrow();
        access.require(Permission.PLAN_WRITE, unit.path());
        String level = switch (unit.kind()) {
            case AGENCY -> "AGENCY";
            case COMMUNE -> "COMMUNE";
            case PROVINCE -> "PROVINCE";
            default -> throw new Problems.InvalidInput("year", "training.plan.noLevel");
        };
        if (year < today().getYear() || year > today().getYear() + 2) {
            throw new Problems.InvalidInput("year", "training.validation.range",
                    String.valueOf(today().getYear()), String.valueOf(today().getYear() + 2)); // years, not amounts: no "2.026"
        }
        if (plans.findFor(unit.id(), year).isPresent()) {
            throw new Problems.InvalidInput("year", "training.plan.exists", year);
        }
        long id = plans.insert(unit.id(), level, year, dueOn(level, year), me.username());
        audit.record("CREATE", "training_plan", id, unit.path(), null, Map.of("year", year, "level", level), null);
        return id;
    }

    @Transactional
    public long addLine(long planId, String programCode, int people, int classes, Integer quarter, long cost, String note) {
        TrainingPlan p = editable(planId);
        var problems = Problems.collect();
        if (programCode == null || catalog.find(programCode).isEmpty()) {
            problems.add("programCode", "training.validation.program");
        }
        if (people < 1 || people > 100_000) {
            problems.add("people", "training.validation.range", 1, 100_000);
        }
        if (classes < 0 || classes > 1000) {
            problems.add("classes", "training.validation.range", 0, 1000);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            problems.add("quarter", "training.validation.range", 1, 4);
        }
        if (cost < 0) {
            problems.add("estimatedCost", "training.validation.money");
        }
        problems.throwIfAny();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        long id = plans.insertLine(planId, programCode, "PROPOSAL", people, classes, quarter, cost, new Long[0], cleanNote);
        plans.touch(planId);
        audit.record("ADD_LINE", "training_plan", planId, p.unitPath(), null,
                Map.of("program", programCode, "people", people, "classes", classes, "cost", cost), cleanNote);
        return id;
    }

    @Transactional
    public void removeLine(long planId, long lineId) {
        TrainingPlan p = editable(planId);
        if (plans.deleteLine(planId, lineId) == 0) {
            throw new Problems.NotFound("planLine", lineId);
        }
        plans.touch(planId);
        audit.record("REMOVE_LINE", "training_plan", planId, p.unitPath(), Map.of("lineId", lineId), null, null);
    }

    /** Replaces the plan's gap lines with the needs of the gap analysis under the unit ("thiếu gì bồi dưỡng nấy"). */
    @Transactional
    public int fillFromGaps(long planId) {
        TrainingPlan p = editable(planId);
        plans.deleteLines(planId, "GAP");
        int people = 0;
        for (GapQueries.ProgramNeed need : gaps.byProgram(p.orgUnitId())) {
            if (catalog.find(need.programCode()).isEmpty()) {
                continue;
            }
            int n = need.personIds().size();
            plans.insertLine(planId, need.programCode(), "GAP", n, "AGENCY".equals(p.level()) ? 0 : (n + 39) / 40, null, 0,
                    need.personIds().toArray(Long[]::new), null);
            people += n;
        }
        plans.touch(planId);
        audit.record("FILL_FROM_GAPS", "training_plan", planId, p.unitPath(), null, Map.of("people", people), null);
        return people;
    }

    /** Sums the approved plans of the units below into this plan's consolidated lines. */
    @Transactional
    public int consolidate(long planId) {
        TrainingPlan p = editable(planId);
        String childLevel = switch (p.level()) {
            case "COMMUNE" -> "AGENCY";
            case "PROVINCE" -> "COMMUNE";
            default -> throw new Problems.InvalidInput("level", "training.plan.nothingBelow");
        };
        plans.deleteLines(planId, "CONSOLIDATED");
        Map<String, int[]> totals = new TreeMap<>();
        Map<String, TreeSet<Long>> who = new TreeMap<>();
        Map<String, Long> costs = new TreeMap<>();
        int approved = 0;
        for (TrainingPlan child : plans.children(p.unitPath(), childLevel, p.year())) {
            if (!"APPROVED".equals(child.status())) {
                continue;
            }
            approved++;
            for (TrainingPlan.Line l : plans.lines(child.id())) {
                totals.computeIfAbsent(l.programCode(), k -> new int[2]);
                totals.get(l.programCode())[0] += l.people();
                totals.get(l.programCode())[1] += l.classes();
                who.computeIfAbsent(l.programCode(), k -> new TreeSet<>()).addAll(l.personIds());
                costs.merge(l.programCode(), l.estimatedCost(), Long::sum);
            }
        }
        totals.forEach((program, n) -> plans.insertLine(planId, program, "CONSOLIDATED", n[0], n[1], null, costs.get(program),
                who.get(program).toArray(Long[]::new), null));
        plans.touch(planId);
        audit.record("CONSOLIDATE", "training_plan", planId, p.unitPath(), null,
                Map.of("approvedPlans", approved, "programs", totals.size()), null);
        return approved;
    }

    @Transactional
    public void submit(long planId, int version) {
        TrainingPlan p = editable(planId);
        if (p.lines() == 0) {
            throw new Problems.InvalidInput("lines", "training.plan.empty");
        }
        if (plans.submit(planId, version, access.currentUser().username()) == 0) {
            throw new Problems.ConcurrentChange("plan", planId);
        }
        Map<String, Object> after = AuditSnapshot.of(plans.find(planId).orElseThrow());
        after.put("late", p.late(today()));
        audit.record("SUBMIT", "training_plan", planId, p.unitPath(), AuditSnapshot.of(p), after, null);
    }

    @Transactional
    public void approve(long planId, int version) {
        decide(planId, version, true, null);
    }

    @Transactional
    public void returnPlan(long planId, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Problems.InvalidInput("reason", "training.plan.reasonRequired");
        }
        decide(planId, version, false, reason.strip());
    }

    /** The plans of the units directly below, for the consolidating officer: who submitted, who is late. */
    @Transactional(readOnly = true)
    public List<ChildStatus> childStatus(long planId) {
        TrainingPlan p = get(planId);
        String childLevel = "PROVINCE".equals(p.level()) ? "COMMUNE" : "COMMUNE".equals(p.level()) ? "AGENCY" : null;
        if (childLevel == null) {
            return List.of();
        }
        Map<Long, TrainingPlan> byUnit = new LinkedHashMap<>();
        plans.children(p.unitPath(), childLevel, p.year()).forEach(c -> byUnit.put(c.orgUnitId(), c));
        return units.lookupChildren(p.orgUnitId()).stream()
                .filter(u -> u.kind().name().equals(childLevel) && u.active())
                .map(u -> new ChildStatus(u.id(), u.name(), byUnit.get(u.id()), dueOn(childLevel, p.year())))
                .toList();
    }

    public boolean canWrite(TrainingPlan p) {
        CurrentUser me = access.currentUser();
        return me.role().has(Permission.PLAN_WRITE) && me.orgUnitId() == p.orgUnitId() && p.editable();
    }

    public boolean canDecide(TrainingPlan p) {
        return "SUBMITTED".equals(p.status()) && access.can(Permission.PLAN_APPROVE, p.unitPath())
                && !p.unitPath().equals(access.scopePath());
    }

    private void decide(long planId, int version, boolean approve, String reason) {
        TrainingPlan p = plans.find(planId).orElseThrow(() -> new Problems.NotFound("plan", planId));
        access.require(Permission.PLAN_APPROVE, p.unitPath());
        if (p.unitPath().equals(access.scopePath())) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        if (!"SUBMITTED".equals(p.status())) {
            throw new Problems.InvalidInput("status", "training.plan.notSubmitted");
        }
        String to = approve ? "APPROVED" : "RETURNED";
        int n = plans.jdbc().sql("update training_plan set status = :to, decided_at = now(), decided_by = :by, return_reason = :r, "
                        + "version = version + 1 where id = :id and version = :v")
                .param("to", to).param("by", access.currentUser().username()).param("r", reason).param("id", planId)
                .param("v", version).update();
        if (n == 0) {
            throw new Problems.ConcurrentChange("plan", planId);
        }
        audit.record(approve ? "APPROVE" : "RETURN", "training_plan", planId, p.unitPath(), AuditSnapshot.of(p),
                AuditSnapshot.of(plans.find(planId).orElseThrow()), reason);
    }

    private TrainingPlan editable(long planId) {
        TrainingPlan p = plans.find(planId).orElseThrow(() -> new Problems.NotFound("plan", planId));
        access.require(Permission.PLAN_WRITE, p.unitPath());
        if (access.currentUser().orgUnitId() != p.orgUnitId()) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        if (!p.editable()) {
            throw new Problems.InvalidInput("status", "training.plan.notEditable");
        }
        return p;
    }

    private void requireReader() {
        CurrentUser me = access.currentUser();
        if (!me.role().has(Permission.TRAINING_READ) && !me.role().has(Permission.PLAN_WRITE)) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
