package vn.boiduong.orgunit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.security.UnitDirectory;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** The org-unit module's API: scoped reads of the tree and audited changes to agencies. */
@Service
public class OrgUnits implements UnitDirectory {

    /** Kinds of agency a user may create inside a commune. */
    public static final List<String> AGENCY_SUBKINDS = List.of("DANG_UY", "HDND", "UBND", "VAN_PHONG", "PHONG_KINH_TE",
            "PHONG_VH_XH", "TT_PVHCC", "MTTQ", "DOAN_THE", "DON_VI_SU_NGHIEP", "KHAC");

    /** The deepest level a unit may sit at (nation 0, province 1, commune 2, agencies 3–6). */
    static final int MAX_LEVEL = 6;

    public record NewAgency(long parentId, String code, String name, String subkind) {
    }

    public record UnitChange(String name, String subkind, boolean active, int version) {
    }

    private final OrgUnitRepository repository;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OrgUnits(OrgUnitRepository repository, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Unchecked lookup for other modules composing their own checks. */
    public Optional<OrgUnit> lookup(long id) {
        return repository.findById(id);
    }

    public Optional<OrgUnit> lookupByCode(String code) {
        return repository.findByCode(code);
    }

    /** Unchecked: every unit under (and including) the one with this path, in path order. For data tools. */
    public List<OrgUnit> lookupSubtree(String path) {
        return repository.subtree(path);
    }

    /** Unchecked: the units directly below a unit. */
    public List<OrgUnit> lookupChildren(long id) {
        return repository.children(id);
    }

    @Override
    public Optional<UnitRef> unit(long unitId) {
        return repository.findById(unitId).map(u -> new UnitRef(u.id(), u.name(), u.path()));
    }

    /** A unit the current user may read (inside their scope). */
    @Transactional(readOnly = true)
    public OrgUnit get(long id) {
        OrgUnit unit = repository.findById(id).orElseThrow(() -> new Problems.NotFound("orgunit", id));
        access.require(Permission.ORG_READ, unit.path());
        return unit;
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> children(long id) {
        return repository.children(get(id).id());
    }

    /** The chain from the top of the user's scope down to the unit (breadcrumbs). */
    @Transactional(readOnly = true)
    public List<OrgUnit> breadcrumbs(long id) {
        OrgUnit unit = get(id);
        String scope = access.scopePath();
        return repository.ancestors(unit.path()).stream().filter(u -> u.path().startsWith(scope)).toList();
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> search(String query, OrgUnit.Kind kind, int limit) {
        access.require(Permission.ORG_READ);
        return repository.search(access.scopePath(), query == null ? "" : query, kind, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public long countUnder(OrgUnit unit, OrgUnit.Kind kind) {
        access.require(Permission.ORG_READ, unit.path());
        return repository.countUnder(unit.path(), kind);
    }

    @Transactional(readOnly = true)
    public List<OrgUnitRepository.History> history(long id) {
        return repository.history(get(id).id());
    }

    @Transactional
    public long createAgency(NewAgency request) {
        OrgUnit parent = repository.findById(request.parentId())
                .orElseThrow(() -> new Problems.InvalidInput("parentId", "orgunit.notFound"));
        access.require(Permission.ORG_WRITE, parent.path());
        var problems = Problems.collect();
        String code = request.code() == null ? "" : request.code().strip().toUpperCase();
        if (parent.kind() != OrgUnit.Kind.COMMUNE && parent.kind() != OrgUnit.Kind.AGENCY) {
            problems.add("parentId", "orgunit.agency.parentKind");
        }
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,38}")) {
            problems.add("code", "orgunit.code.invalid");
        } else if (repository.findByCode(code).isPresent()) {
            problems.add("code", "orgunit.code.taken", code);
        }
        String name = VietnameseText.clean(request.name());
        if (name == null || name.isEmpty()) {
            problems.add("name", "validation.required");
        } else if (name.length() > 255) {
            problems.add("name", "validation.tooLong", 255);
        }
        if (request.subkind() == null || !AGENCY_SUBKINDS.contains(request.subkind())) { // List.of refuses contains(null)
            problems.add("subkind", "orgunit.subkind.invalid");
        }
        if (parent.level() >= MAX_LEVEL) {
            problems.add("parentId", "orgunit.tooDeep");
        }
        problems.throwIfAny();
        long id = repository.insert(code, name, OrgUnit.Kind.AGENCY, request.subkind(), parent);
        OrgUnit created = repository.findById(id).orElseThrow();
        audit.record("CREATE", "org_unit", id, created.path(), null, AuditSnapshot.of(created), null);
        events.publishEvent(new OrgUnitChanged(id));
        return id;
    }

    @Transactional
    public void update(long id, UnitChange change) {
        OrgUnit before = repository.findById(id).orElseThrow(() -> new Problems.NotFound("orgunit", id));
        requireWrite(before);
        var problems = Problems.collect();
        String name = VietnameseText.clean(change.name());
        if (name == null || name.isEmpty()) {
            problems.add("name", "validation.required");
        }
        String subkind = before.official() ? before.subkind() : change.subkind();
        if (!before.official() && (subkind == null || !AGENCY_SUBKINDS.contains(subkind))) {
            problems.add("subkind", "orgunit.subkind.invalid");
        }
        problems.throwIfAny();
        repository.keepHistory(before, access.currentUser().username());
        if (repository.update(id, change.version(), name, subkind, change.active()) == 0) {
            throw new Problems.ConcurrentChange("orgunit", id);
        }
        OrgUnit after = repository.findById(id).orElseThrow();
        audit.record("UPDATE", "org_unit", id, after.path(), AuditSnapshot.of(before), AuditSnapshot.of(after), null);
        events.publishEvent(new OrgUnitChanged(id));
    }

    /** Moves an agency (with everything under it) to another parent inside the same commune. */
    @Transactional
    public void move(long id, long newParentId, int version) {
        OrgUnit unit = repository.findById(id).orElseThrow(() -> new Problems.NotFound("orgunit", id));
        OrgUnit target = repository.findById(newParentId).orElseThrow(() -> new Problems.InvalidInput("parentId", "orgunit.notFound"));
        requireWrite(unit);
        access.require(Permission.ORG_WRITE, target.path());
        if (unit.official() || !Set.of(OrgUnit.Kind.COMMUNE, OrgUnit.Kind.AGENCY).contains(target.kind())
                || !unit.communeCode().equals(target.communeCode()) || target.path().startsWith(unit.path())
                || repository.maxLevelUnder(unit.path()) - unit.level() + target.level() + 1 > MAX_LEVEL) {
            throw new Problems.InvalidInput("parentId", "orgunit.move.invalid");
        }
        repository.keepHistory(unit, access.currentUser().username());
        if (repository.move(new OrgUnit(unit.id(), unit.code(), unit.name(), unit.kind(), unit.subkind(), unit.parentId(),
                unit.path(), unit.level(), unit.provinceCode(), unit.communeCode(), unit.active(), version), target) == 0) {
            throw new Problems.ConcurrentChange("orgunit", id);
        }
        OrgUnit after = repository.findById(id).orElseThrow();
        audit.record("MOVE", "org_unit", id, after.path(), AuditSnapshot.of(unit), AuditSnapshot.of(after), null);
        events.publishEvent(new OrgUnitChanged(id));
    }

    private void requireWrite(OrgUnit unit) {
        if (unit.official()) {
            access.require(Permission.ORG_WRITE_OFFICIAL, unit.path());
        } else {
            access.require(Permission.ORG_WRITE, unit.path());
        }
    }
}
