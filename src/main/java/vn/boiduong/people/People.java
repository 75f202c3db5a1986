package vn.boiduong.people;

import vn.boiduong.shared.VietnameseText;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** The people module's API: scoped reads of personnel files. */
@Service
public class People {

    public record Page(List<Person> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final PersonRepository repository;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final AuditLog audit;

    People(PersonRepository repository, OrgUnits units, AccessPolicy access, AuditLog audit) {
        this.repository = repository;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** People under the query's unit (default: the user's whole scope), in Vietnamese name order. */
    @Transactional(readOnly = true)
    public Page list(PersonQuery query, int page, int size) {
        String path = pathFor(query);
        int limit = Math.min(Math.max(size, 1), 200);
        int p = Math.max(page, 0);
        List<Person> items = repository.page(query, path, p * limit, limit).stream().map(this::forReader).toList();
        return new Page(items, repository.count(query, path), p, limit);
    }

    /** Fails (403) unless the user may list the query's people: to call before a response starts streaming. */
    public void requireReadable(PersonQuery query) {
        pathFor(query);
    }

    /** How many people match, without fetching a page. */
    @Transactional(readOnly = true)
    public long count(PersonQuery query) {
        return repository.count(query, pathFor(query));
    }

    @Transactional(readOnly = true)
    public Person get(long id) {
        Person person = repository.findById(id).orElseThrow(() -> new Problems.NotFound("person", id));
        access.requirePersonRead(id, person.orgUnitPath());
        return forReader(person);
    }

    /** The file with its full citizen ID, for the edit form of a writer (who may see it). */
    @Transactional
    public Person getForEdit(long id) {
        Person person = repository.findById(id).orElseThrow(() -> new Problems.NotFound("person", id));
        access.require(Permission.PEOPLE_WRITE, person.orgUnitPath());
        if (!access.can(Permission.CITIZEN_ID_READ, person.orgUnitPath())) {
            return person.masked();
        }
        if (person.citizenId() != null) {
            audit.record("VIEW_CITIZEN_ID", "person", id, person.orgUnitPath(), null, Map.of("personnelCode", person.personnelCode()), "edit form");
        }
        return person;
    }

    /** The full citizen ID, for roles that need it; every view is audited (Luật BVDLCN 91/2025). */
    @Transactional
    public String revealCitizenId(long id) {
        Person person = repository.findById(id).orElseThrow(() -> new Problems.NotFound("person", id));
        access.require(Permission.CITIZEN_ID_READ, person.orgUnitPath());
        audit.record("VIEW_CITIZEN_ID", "person", id, person.orgUnitPath(), null, Map.of("personnelCode", person.personnelCode()), null);
        return person.citizenId();
    }

    @Transactional(readOnly = true)
    public List<Qualification> qualifications(long id) {
        get(id);
        return repository.qualifications(id);
    }

    @Transactional(readOnly = true)
    public List<Assignment> workHistory(long id) {
        get(id);
        return repository.assignments(id);
    }

    /** The title people hold in each of these positions (names, not codes, for the page); codes nobody holds are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> positionTitles(java.util.Collection<String> codes) {
        var wanted = codes.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? java.util.Map.of() : repository.positionTitles(wanted);
    }

    /** Positions held by people in the user's scope: [code, title]. */
    @Transactional(readOnly = true)
    public List<String[]> positionsInScope() {
        access.require(Permission.PEOPLE_READ);
        return VietnameseText.sortedByText(repository.positionsUnder(access.scopePath()), p -> p[1]);
    }

    /**
     * Streams every file matching the query to the consumer, in list order, for export. Full citizen IDs only for
     * roles that may see them; the export itself is audited (who took which list).
     */
    @Transactional
    public long export(PersonQuery query, java.util.function.Consumer<Person> consumer) {
        String path = pathFor(query);
        boolean full = access.can(Permission.CITIZEN_ID_READ, path);
        long n = 0;
        for (int offset = 0; ; offset += 2_000) {
            List<Person> page = repository.page(query, path, offset, 2_000);
            for (Person p : page) {
                consumer.accept(full ? p : p.masked());
                n++;
            }
            if (page.size() < 2_000) {
                break;
            }
        }
        audit.record("EXPORT", "person", null, path, null, Map.of("rows", n, "fullCitizenIds", full,
                "filter", String.valueOf(query)), null);
        return n;
    }

    public long countAll() {
        return repository.countAll();
    }

    /** The subtree a list covers: the query's unit (which must lie in the scope) or the whole scope. */
    private String pathFor(PersonQuery query) {
        access.require(Permission.PEOPLE_READ);
        if (query.unitId() == null) {
            return access.scopePath();
        }
        OrgUnit unit = units.lookup(query.unitId()).orElseThrow(() -> new Problems.NotFound("orgunit", query.unitId()));
        access.require(Permission.PEOPLE_READ, unit.path());
        return unit.path();
    }

    private Person forReader(Person person) {
        // the full number is only ever shown through revealCitizenId, which is audited
        return person.masked();
    }
}
