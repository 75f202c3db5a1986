package vn.boiduong.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.shared.VietnameseText;

/**
 * Writes a checked roster inside the caller's transaction: new files by COPY (codes given per commune where
 * the file left them blank), changed files one by one with their before/after in the audit trail, unchanged
 * files untouched. Returns {created, updated, unchanged}.
 */
@Component
class RosterWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RosterWriter.class);

    private final PersonRepository repository;
    private final PersonBulkLoader loader;
    private final PersonRegistry registry;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    RosterWriter(PersonRepository repository, PersonBulkLoader loader, PersonRegistry registry, OrgUnits units,
                 AccessPolicy access, AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.repository = repository;
        this.loader = loader;
        this.registry = registry;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int[] write(long jobId, RosterAnalysis a, IntConsumer progress) {
        long start = System.nanoTime();
        List<NewPerson> fresh = new ArrayList<>();
        List<RosterAnalysis.Accepted> updates = new ArrayList<>();
        Map<Long, String> communeOf = new HashMap<>();
        Map<String, List<Integer>> needCode = new TreeMap<>(); // commune → indexes in fresh (sorted: no deadlocks)
        for (RosterAnalysis.Accepted row : a.accepted) {
            if (row.existingId() != null) {
                updates.add(row);
                continue;
            }
            NewPerson p = row.person();
            if (p.personnelCode() == null) {
                String commune = communeOf.computeIfAbsent(p.orgUnitId(),
                        id -> units.lookup(id).map(OrgUnit::communeCode).orElseThrow());
                needCode.computeIfAbsent(commune, k -> new ArrayList<>()).add(fresh.size());
            }
            fresh.add(p);
        }
        for (var e : needCode.entrySet()) {
            repository.lockCommune(e.getKey());
            int next = Integer.parseInt(repository.nextCode(e.getKey()).substring(e.getKey().length() + 1));
            for (int index : e.getValue()) {
                fresh.set(index, PersonRegistry.withCode(fresh.get(index), String.format("%s-%04d", e.getKey(), next++)));
            }
        }
        for (int i = 0; i < fresh.size(); i += 10_000) {
            loader.load(fresh.subList(i, Math.min(fresh.size(), i + 10_000)));
            progress.accept(Math.min(fresh.size(), i + 10_000));
        }
        long loaded = System.nanoTime();
        int updated = 0;
        int unchanged = 0;
        Map<Long, Person> existing = new HashMap<>();
        for (int i = 0; i < updates.size(); i += 1_000) {
            repository.findByIds(updates.subList(i, Math.min(updates.size(), i + 1_000)).stream()
                    .map(RosterAnalysis.Accepted::existingId).toList()).forEach(p -> existing.put(p.id(), p));
        }
        for (RosterAnalysis.Accepted row : updates) {
            Person before = existing.get(row.existingId());
            NewPerson p = PersonRegistry.withCode(row.person(), before.personnelCode());
            if (same(before, p)) {
                unchanged++;
            } else {
                registry.apply(before, p, before.version());
                updated++;
            }
        }
        if (!fresh.isEmpty()) {
            jdbc.sql("analyze person").update();
        }
        log.info("Roster written: {} new in {} ms, {} updated and {} unchanged in {} ms", fresh.size(),
                (loaded - start) / 1_000_000, updated, unchanged, (System.nanoTime() - loaded) / 1_000_000);
        audit.record("IMPORT", "import_job", jobId, access.scopePath(), null,
                Map.of("created", fresh.size(), "updated", updated, "unchanged", unchanged), null);
        events.publishEvent(new PeopleImported(jobId, fresh.size(), updated));
        return new int[] {fresh.size(), updated, unchanged};
    }

    /** True when the row would change nothing in the file. */
    static boolean same(Person b, NewPerson p) {
        return b.fullName().equals(p.name().full()) && b.birthDate().equals(p.birthDate()) && b.gender().equals(p.gender())
                && b.ethnicityCode().equals(p.ethnicityCode()) && Objects.equals(b.citizenId(), p.citizenId())
                && Objects.equals(b.partyMemberSince(), p.partyMemberSince()) && b.staffKind().equals(p.staffKind())
                && b.leader() == p.leader() && b.title().equals(p.title())
                && Objects.equals(b.jobPositionCode(), p.jobPositionCode()) && Objects.equals(b.rankCode(), p.rankCode())
                && Objects.equals(b.educationLevel(), p.educationLevel())
                && Objects.equals(VietnameseText.clean(b.educationField()), p.educationField())
                && b.politicalTheory().equals(p.politicalTheory()) && b.stateManagement().equals(p.stateManagement())
                && Objects.equals(b.itLevel(), p.itLevel()) && Objects.equals(b.languageLevel(), p.languageLevel())
                && b.sciTechBackground() == p.sciTechBackground() && b.partyCommitteeMember() == p.partyCommitteeMember()
                && b.affectedByReorg() == p.affectedByReorg() && Objects.equals(b.joinedOn(), p.joinedOn())
                && b.orgUnitId() == p.orgUnitId();
    }
}
