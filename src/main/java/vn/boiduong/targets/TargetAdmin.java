package vn.boiduong.targets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * Adding and editing targets (TARGET_WRITE): the ministry's own apply everywhere, a province's own to its subtree only;
 * a target is changed only by a writer over its owner's path. Optimistic locking on {@code version}; audited.
 */
@Service
public class TargetAdmin {

    private final TargetRepository repository;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final FactVersion versions;

    TargetAdmin(TargetRepository repository, AccessPolicy access, AuditLog audit, JdbcClient jdbc, FactVersion versions) {
        this.versions = versions;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Target> list() {
        access.require(Permission.TARGET_READ);
        return repository.visible(access.scopePath(), false);
    }

    @Transactional(readOnly = true)
    public Target get(long id) {
        access.require(Permission.TARGET_READ);
        Target t = repository.find(id).orElseThrow(() -> new Problems.NotFound("target", id));
        String scope = access.scopePath();
        if (t.ownerPath() != null && !t.ownerPath().startsWith(scope) && !scope.startsWith(t.ownerPath())) {
            access.require(Permission.TARGET_READ, t.ownerPath());
        }
        return t;
    }

    @Transactional
    public Target create(TargetInput input) {
        var owner = owner();
        TargetForm f = TargetRules.check(input, codes(), owner.id() == null);
        if (repository.codeTaken(f.code(), 0)) {
            throw new Problems.InvalidInput("code", "targets.error.codeTaken", f.code());
        }
        long id = repository.insert(f, owner.id(), access.currentUser().username());
        Target t = repository.find(id).orElseThrow();
        audit.record("TARGET_CREATE", "target", id, owner.path(), null, AuditSnapshot.of(t), null);
        versions.bumpAfterCommit(); // the dashboards show the targets from the cache keyed by this version
        return t;
    }

    @Transactional
    public Target update(long id, TargetInput input) {
        Target before = repository.find(id).orElseThrow(() -> new Problems.NotFound("target", id));
        String ownerPath = before.ownerPath() == null ? "/VN/" : before.ownerPath();
        access.require(Permission.TARGET_WRITE, ownerPath);
        TargetForm f = TargetRules.check(input, codes(), before.ownerPath() == null);
        if (input.version() == null) {
            throw new Problems.InvalidInput("version", "validation.required");
        }
        if (repository.codeTaken(f.code(), id)) {
            throw new Problems.InvalidInput("code", "targets.error.codeTaken", f.code());
        }
        if (!repository.update(id, f, input.version(), access.currentUser().username())) {
            throw new Problems.ConcurrentChange("target", id);
        }
        Target after = repository.find(id).orElseThrow();
        audit.record("TARGET_UPDATE", "target", id, ownerPath, AuditSnapshot.of(before), AuditSnapshot.of(after), null);
        versions.bumpAfterCommit();
        return after;
    }

    /** The unit that will own a new target: none (ministry) for a nation-level writer, else the writer's province. */
    private record Owner(Long id, String path) {
    }

    private Owner owner() {
        access.require(Permission.TARGET_WRITE);
        var me = access.currentUser();
        var row = jdbc.sql("select id, path, kind from org_unit where id = :id").param("id", me.orgUnitId()).query().singleRow();
        String kind = (String) row.get("kind");
        if ("NATION".equals(kind)) {
            return new Owner(null, "/VN/");
        }
        if (!"PROVINCE".equals(kind)) {
            throw new org.springframework.security.access.AccessDeniedException("targets are owned by the ministry or a province");
        }
        return new Owner(((Number) row.get("id")).longValue(), (String) row.get("path"));
    }

    TargetRules.Codes codes() {
        Set<String> programs = new HashSet<>(jdbc.sql("select code from program").query(String.class).list());
        Set<String> categories = new HashSet<>(jdbc.sql("select distinct category from program").query(String.class).list());
        categories.addAll(List.of("CHUYEN_MON", "QLNN", "LLCT", "KY_NANG_NGANH", "KY_NANG_BO_TRO", "CAP_NHAT", "CNTT", "DAO_TAO", "KHAC"));
        Set<String> positions = new HashSet<>(jdbc.sql("select code from job_position").query(String.class).list());
        return new TargetRules.Codes(programs, categories, positions);
    }
}
