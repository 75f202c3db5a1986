package vn.boiduong.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * The training programme catalog (danh mục chương trình bồi dưỡng). National programmes are read by everyone
 * signed in and written by the ministry; a province's own programmes are read inside and above the province
 * and written by its officers. Every change is audited.
 */
@Service
public class Catalog {

    static final String NATION_PATH = "/VN/";

    private final ProgramRepository repository;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OrgUnits units;

    Catalog(ProgramRepository repository, AccessPolicy access, AuditLog audit, OrgUnits units) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.units = units;
    }

    /** Active programmes visible to the caller, by category then name (Vietnamese collation). */
    @Transactional(readOnly = true)
    public List<Program> programs() {
        return search(null, null, null, false);
    }

    /** Unchecked lookup in any state, for other modules composing their own checks. */
    @Transactional(readOnly = true)
    public Optional<Program> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    /** A programme the caller may see; {@link Problems.NotFound} when there is none with this code. */
    @Transactional(readOnly = true)
    public Program get(String code) {
        Program program = find(code).orElseThrow(() -> new Problems.NotFound("program", code));
        if (!repository.visible(access.scopePath(), program.id())) {
            throw new AccessDeniedException("error.forbidden");
        }
        return program;
    }

    /**
     * Visible programmes whose name or code contains the query (accents optional, đ = d), of a category and
     * usable in a phase (programmes for both phases match either); null or blank filters match everything.
     */
    @Transactional(readOnly = true)
    public List<Program> search(String query, String category, Integer phase, boolean includeInactive) {
        String key = query == null || query.isBlank() ? null : VietnameseText.searchKey(query);
        String cat = category == null || category.isBlank() ? null : category.strip();
        return repository.search(access.scopePath(), key, cat, phase, includeInactive).stream()
                .sorted(Comparator.comparingInt((Program p) -> categoryOrder(p.category()))
                        .thenComparing(VietnameseText.byText(Program::name)))
                .toList();
    }

    /** True when the caller may change this programme (the pages show their buttons by it). */
    public boolean canWrite(Program program) {
        return access.can(Permission.CATALOG_WRITE, ownerPath(program.ownerUnitId()));
    }

    /** True when the caller may add programmes (to the nation as ministry, to their province otherwise). */
    public boolean canAdd() {
        return access.isSignedIn() && access.can(Permission.CATALOG_WRITE);
    }

    /** Adds a programme owned by the caller's province (national when the caller is the ministry). */
    @Transactional
    public long add(ProgramInput input) {
        access.require(Permission.CATALOG_WRITE);
        Long owner = callerProvince();
        String scope = ownerPath(owner);
        access.require(Permission.CATALOG_WRITE, scope);
        ProgramRules.Draft draft = ProgramRules.check(input);
        if (repository.find(draft.code()).isPresent()) {
            throw new Problems.InvalidInput("code", "catalog.validation.codeTaken", draft.code());
        }
        long id;
        try {
            id = repository.insert(draft, owner);
        } catch (DuplicateKeyException e) {
            throw new Problems.InvalidInput("code", "catalog.validation.codeTaken", draft.code());
        }
        audit.record("CREATE", "program", draft.code(), scope, null, AuditSnapshot.of(repository.find(draft.code()).orElseThrow()), null);
        return id;
    }

    /** Changes a programme; its code stays (certificates and standards name it). */
    @Transactional
    public void change(String code, ProgramInput input, int version) {
        Program before = writable(code);
        String typed = input.code() == null || input.code().isBlank() ? before.code() : input.code();
        ProgramRules.Draft draft = ProgramRules.check(new ProgramInput(typed, input.name(), input.category(),
                input.durationDays(), input.durationText(), input.targetGroup(), input.organiser(), input.certificate(),
                input.phase(), input.sourceRef()));
        if (!draft.code().equals(before.code())) {
            throw new Problems.InvalidInput("code", "catalog.validation.codeFixed", before.code());
        }
        if (!repository.update(before.id(), draft, version)) {
            throw new Problems.ConcurrentChange("program", code);
        }
        audit.record("UPDATE", "program", code, ownerPath(before.ownerUnitId()), AuditSnapshot.of(before),
                AuditSnapshot.of(repository.find(code).orElseThrow()), null);
    }

    /** Withdraws a programme from the lists (or brings it back); nothing is deleted. */
    @Transactional
    public void setActive(String code, boolean active, int version) {
        Program before = writable(code);
        if (!repository.setActive(before.id(), active, version)) {
            throw new Problems.ConcurrentChange("program", code);
        }
        audit.record(active ? "ACTIVATE" : "DEACTIVATE", "program", code, ownerPath(before.ownerUnitId()),
                AuditSnapshot.of(before), AuditSnapshot.of(repository.find(code).orElseThrow()), null);
    }

    private Program writable(String code) {
        Program program = get(code);
        access.require(Permission.CATALOG_WRITE, ownerPath(program.ownerUnitId()));
        return program;
    }

    /** The unit id of the caller's province; null for a caller at the nation. */
    private Long callerProvince() {
        String[] parts = access.scopePath().split("/");
        // "/VN/31/11446/" splits into "", "VN", "31", "11446"
        if (parts.length < 3) {
            return null;
        }
        return units.lookupByCode(parts[2]).filter(u -> u.kind() == OrgUnit.Kind.PROVINCE).map(OrgUnit::id)
                .orElseThrow(() -> new AccessDeniedException("error.forbidden"));
    }

    /** The path that owns a programme: the nation for national ones, else the province. */
    String ownerPath(Long ownerUnitId) {
        return ownerUnitId == null ? NATION_PATH
                : units.lookup(ownerUnitId).map(OrgUnit::path).orElseThrow(() -> new IllegalStateException("unit " + ownerUnitId));
    }

    static int categoryOrder(String category) {
        int i = Program.CATEGORIES.indexOf(category);
        return i < 0 ? Program.CATEGORIES.size() : i;
    }
}
