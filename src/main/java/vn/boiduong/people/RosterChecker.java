package vn.boiduong.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.Xlsx;

/** Reads and checks a roster: every cell, every rule, duplicates inside the file, and the match with existing files. */
@Component
class RosterChecker {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RosterChecker.class);
    private static final int BATCH = 2_000;

    interface Progress {
        void update(int total, int done);
    }

    private record Existing(long id, String code, String citizenId, String path) {
    }

    private final PersonSpreadsheet spreadsheet;
    private final PersonRules rules;
    private final PersonRegistry registry;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final CitizenIdGuard citizenIds;

    RosterChecker(PersonSpreadsheet spreadsheet, PersonRules rules, PersonRegistry registry, AccessPolicy access, JdbcClient jdbc,
                  CitizenIdGuard citizenIds) {
        this.citizenIds = citizenIds;
        this.spreadsheet = spreadsheet;
        this.rules = rules;
        this.registry = registry;
        this.access = access;
        this.jdbc = jdbc;
    }

    /**
     * Reads the file on this thread and checks the rows on a second one, batch by batch in file order (the two
     * cores of a commune PC work at once). {@code content} passed {@link Xlsx#checkSafe} at upload.
     */
    RosterAnalysis analyse(byte[] content, Progress progress) {
        long start = System.nanoTime();
        RosterAnalysis a = new RosterAnalysis();
        RosterReader reader = new RosterReader(spreadsheet.headers());
        a.reader = reader;
        Map<String, Object> unitCache = new HashMap<>();
        Function<String, Object> units = code -> unitCache.computeIfAbsent(code.strip().toUpperCase(), registry::resolveUnit);
        LocalDate today = registry.today();
        boolean[] header = {false, false}; // seen, usable
        ExecutorService checking = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor());
        List<Future<?>> batches = new ArrayList<>();
        List<RosterReader.Line> batch = new ArrayList<>(BATCH);
        try {
            Xlsx.readChecked(content, PersonSpreadsheet.DATA_SHEET, PersonSpreadsheet.MAX_ROWS, (row, cells) -> {
                if (!header[0]) {
                    header[0] = true;
                    header[1] = reader.header(row, cells);
                    a.problems.addAll(reader.headerProblems());
                    return;
                }
                RosterReader.Line line = header[1] ? reader.line(row, cells) : null;
                if (line != null) {
                    batch.add(line);
                    if (batch.size() == BATCH) {
                        List<RosterReader.Line> full = List.copyOf(batch);
                        batch.clear();
                        batches.add(checking.submit(() -> check(a, full, units, today, reader, progress)));
                    }
                }
            });
            List<RosterReader.Line> rest = List.copyOf(batch);
            batches.add(checking.submit(() -> check(a, rest, units, today, reader, progress)));
            for (Future<?> f : batches) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            checking.shutdownNow();
        }
        if (!header[0]) {
            a.problems.add(new ImportJob.RowProblem(1, "", "import.noHeader", List.of()));
        }
        long read = System.nanoTime();
        match(a, reader);
        log.info("Roster checked: {} rows, {} problems; read and rules {} ms, matching {} ms", a.total, a.problems.size(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return a;
    }

    /** Checks one batch of lines; runs on the checking thread only, so the analysis needs no locks. */
    private void check(RosterAnalysis a, List<RosterReader.Line> lines, Function<String, Object> units, LocalDate today,
                       RosterReader reader, Progress progress) {
        for (RosterReader.Line line : lines) {
            int row = line.row();
            a.total++;
            a.problems.addAll(line.cellProblems());
            PersonRules.Checked checked = rules.check(line.input(), units, today);
            java.util.Set<String> badCells = new java.util.HashSet<>();
            line.cellProblems().forEach(p -> badCells.add(p.column()));
            for (Problems.FieldProblem p : checked.problems()) {
                if (!badCells.contains(reader.header(p.field()))) { // one problem per cell: the cell's own comes first
                    a.problems.add(new ImportJob.RowProblem(row, reader.header(p.field()), p.code(),
                            java.util.Arrays.stream(p.args()).map(String::valueOf).toList()));
                }
            }
            boolean unique = unique(a, row, line.input(), reader);
            if (checked.ok() && line.cellProblems().isEmpty() && unique) {
                a.accepted.add(new RosterAnalysis.Accepted(row, checked.person(), null));
            }
        }
        progress.update(0, a.total);
    }

    /**
     * Checks a previewed roster again against the files as they are now (someone may have created or moved a
     * file since the preview): the cheap part of {@link #analyse}, without reading the file again.
     */
    void rematch(RosterAnalysis a) {
        match(a, a.reader);
    }

    /** Each key once per file; a repeat names the row that had it first. */
    private static boolean unique(RosterAnalysis a, int row, PersonInput in, RosterReader reader) {
        return once(a.codeRows, PersonRules.trim(in.personnelCode()), row, reader.header("personnelCode"), a)
                & once(a.citizenRows, PersonRules.trim(in.citizenId()), row, reader.header("citizenId"), a);
    }

    private static boolean once(Map<String, Integer> seen, String key, int row, String column, RosterAnalysis a) {
        if (key == null) {
            return true;
        }
        Integer first = seen.putIfAbsent(key, row);
        if (first != null) {
            a.problems.add(new ImportJob.RowProblem(row, column, "import.duplicate", List.of(key, String.valueOf(first))));
            return false;
        }
        return true;
    }

    /** Finds the files the rows update; refuses rows whose keys point at two people or at a file outside the scope. */
    private void match(RosterAnalysis a, RosterReader reader) {
        Map<String, Existing> byCode = new HashMap<>();
        Map<String, Existing> byCitizen = new HashMap<>();
        List<String> codes = new ArrayList<>(a.codeRows.keySet());
        List<String> citizens = new ArrayList<>(a.citizenRows.keySet());
        for (int i = 0; i < Math.max(codes.size(), citizens.size()); i += 5_000) {
            List<String> c = codes.subList(Math.min(i, codes.size()), Math.min(i + 5_000, codes.size()));
            List<String> z = citizens.subList(Math.min(i, citizens.size()), Math.min(i + 5_000, citizens.size()));
            jdbc.sql("select p.id, p.personnel_code, p.citizen_id, o.path from person p join org_unit o on o.id = p.org_unit_id "
                            + "where p.personnel_code in (:codes) or p.citizen_id in (:cids)")
                    .param("codes", c.isEmpty() ? List.of("") : c).param("cids", z.isEmpty() ? List.of("") : z)
                    .query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list().forEach(e -> {
                        byCode.put(e.code(), e);
                        if (e.citizenId() != null) {
                            byCitizen.put(e.citizenId(), e);
                        }
                    });
        }
        Map<Long, vn.boiduong.orgunit.OrgUnit> unitsById = new HashMap<>();
        List<RosterAnalysis.Accepted> matched = new ArrayList<>(a.accepted.size());
        for (RosterAnalysis.Accepted row : a.accepted) {
            Existing code = row.person().personnelCode() == null ? null : byCode.get(row.person().personnelCode());
            Existing citizen = row.person().citizenId() == null ? null : byCitizen.get(row.person().citizenId());
            boolean refused = code != null && citizen != null && code.id() != citizen.id()
                    || code == null && citizen != null && !access.can(Permission.PEOPLE_WRITE, citizen.path());
            if (refused && citizenIds.exhausted()) { // no further answers about numbers: the whole file waits
                a.problems.add(new ImportJob.RowProblem(0, reader.header("citizenId"), "person.citizenId.tooMany",
                        List.of(String.valueOf(citizenIds.minutesLeft()))));
                a.accepted.clear();
                return;
            }
            if (refused) {
                var p = citizenIds.refuse(row.person().citizenId(), new CitizenIdGuard.Holder(citizen.id(), citizen.code(),
                        citizen.path()), "import");
                boolean conflict = code != null && p.code().equals("person.citizenId.takenInScope");
                a.problems.add(new ImportJob.RowProblem(row.row(), reader.header("citizenId"), conflict ? "import.key.conflict" : p.code(),
                        conflict ? List.of(row.person().personnelCode(), citizen.code())
                                : java.util.Arrays.stream(p.args()).map(String::valueOf).toList()));
                continue;
            }
            Existing existing = code != null ? code : citizen;
            if (existing == null && row.person().personnelCode() != null) { // a new file code: issued by the unit's commune
                var unit = unitsById.computeIfAbsent(row.person().orgUnitId(), registry::unit);
                if (!PersonRegistry.issuedBy(row.person().personnelCode(), unit)) {
                    a.problems.add(new ImportJob.RowProblem(row.row(), reader.header("personnelCode"), "person.code.prefix",
                            List.of(row.person().personnelCode(), PersonRegistry.codePrefix(unit), unit.name())));
                    continue;
                }
            }
            if (existing != null && !access.can(Permission.PEOPLE_WRITE, existing.path())) {
                a.problems.add(new ImportJob.RowProblem(row.row(), reader.header("personnelCode"),
                        "import.existing.outsideScope", List.of(existing.code())));
                continue;
            }
            matched.add(new RosterAnalysis.Accepted(row.row(), row.person(), existing == null ? null : existing.id()));
        }
        a.accepted.clear();
        a.accepted.addAll(matched);
    }
}
