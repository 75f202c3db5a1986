package vn.boiduong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.shared.Problems;
import vn.boiduong.standards.GapAnalysis;

/**
 * Fills a scope's people with a realistic 2026 training and evaluation history (quá trình bồi dưỡng, đánh giá) straight
 * into the tables with COPY, one transaction per province, for benchmarks at national scale. Communes whose people
 * already have enrollments or ratings are skipped; the gaps of the scope are recomputed afterwards.
 */
@Service
public class SyntheticTraining {

    private static final Logger log = LoggerFactory.getLogger(SyntheticTraining.class);

    /** What was generated; {@code millis} for the rows, {@code gapMillis} for the gap recomputation and statistics. */
    public record Result(int communes, long classes, long enrollments, long qualifications, long effects, long ratings,
                         long feedback, long millis, long gapMillis) {
        public long records() {
            return enrollments + qualifications + effects + ratings + feedback;
        }
    }

    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final GapAnalysis gaps;

    SyntheticTraining(OrgUnits units, JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, GapAnalysis gaps) {
        this.units = units;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.gaps = gaps;
    }

    /** Generates and stores the history of every commune under {@code scopeCode} that has none yet. */
    public Result generate(String scopeCode, long seed, LocalDate asOf) {
        return run(scopeCode, seed, asOf, true);
    }

    /** The same generation without writing (every commune of the scope, ids simulated): the counts it would give. */
    Result count(String scopeCode, long seed, LocalDate asOf) {
        return run(scopeCode, seed, asOf, false);
    }

    private Result run(String scopeCode, long seed, LocalDate asOf, boolean write) {
        long start = System.nanoTime();
        OrgUnit scope = units.lookupByCode(scopeCode).orElseThrow(() -> new Problems.NotFound("orgunit", scopeCode));
        if (scope.kind() == OrgUnit.Kind.AGENCY) {
            throw new IllegalArgumentException("--generate takes VN, a province or a commune code, not an agency: " + scopeCode);
        }
        Set<String> done = write ? new HashSet<>(jdbc.sql("""
                select distinct o.commune_code from person p join org_unit o on o.id = p.org_unit_id
                where o.path like :p || '%' and (exists (select 1 from enrollment e where e.person_id = p.id)
                                               or exists (select 1 from rating r where r.person_id = p.id))
                """).param("p", scope.path()).query(String.class).list()) : Set.of();
        Map<String, List<OrgUnit>> byProvince = new TreeMap<>();
        units.lookupSubtree(scope.path()).stream().filter(u -> u.kind() == OrgUnit.Kind.COMMUNE && !done.contains(u.code()))
                .forEach(u -> byProvince.computeIfAbsent(u.provinceCode(), k -> new ArrayList<>()).add(u));
        Map<String, TrainingHistory.Program> programs = new HashMap<>();
        jdbc.sql("select code, name, duration_days, certificate from program where owner_unit_id is null and active")
                .query(rs -> {
                    programs.put(rs.getString(1), new TrainingHistory.Program(rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4) != null && !rs.getString(4).isBlank()));
                });
        TrainingHistory history = new TrainingHistory(seed, programs);
        long[] counts = new long[7];
        for (var entry : byProvince.entrySet()) {
            long p0 = System.nanoTime();
            long[] c = tx.execute(status -> province(entry.getKey(), entry.getValue(), history, seed, asOf, write));
            for (int i = 0; i < counts.length; i++) {
                counts[i] += c[i];
            }
            if (write) {
                log.info("Synthetic training: province {} — {} communes, {} classes, {} enrollments in {} ms", entry.getKey(),
                        c[6], c[0], c[1], (System.nanoTime() - p0) / 1_000_000);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long g0 = System.nanoTime();
        if (write && counts[0] > 0) {
            gaps.recomputeUnder(scope.path()); // the certificates close gaps
            for (String table : List.of("training_class", "enrollment", "qualification", "effect_evaluation", "rating",
                    "class_feedback", "person_gap", "provider")) {
                jdbc.sql("analyze " + table).update(); // bulk loads leave the planner's statistics stale
            }
        }
        return new Result((int) counts[6], counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], millis,
                (System.nanoTime() - g0) / 1_000_000);
    }

    /** One province in the caller's transaction: classes, enrollments and what follows, then ratings. */
    private long[] province(String code, List<OrgUnit> scopeCommunes, TrainingHistory history, long seed, LocalDate asOf,
                            boolean write) {
        DataSource ds = write ? dataSource : null;
        OrgUnit province = units.lookupByCode(code).orElseThrow();
        List<String> all = units.lookupSubtree(province.path()).stream().filter(u -> u.kind() == OrgUnit.Kind.COMMUNE)
                .map(OrgUnit::code).sorted().toList();
        List<TrainingHistory.Commune> communes = new ArrayList<>();
        Map<Long, String> organisers = new HashMap<>();
        Map<Long, String> organiserNames = new HashMap<>();
        organisers.put(province.id(), province.code());
        organiserNames.put(province.id(), "Sở Nội vụ " + Character.toLowerCase(province.name().charAt(0)) + province.name().substring(1));
        for (OrgUnit u : scopeCommunes.stream().sorted(java.util.Comparator.comparing(OrgUnit::code)).toList()) {
            communes.add(new TrainingHistory.Commune(u.id(), u.code(), u.name(), all.indexOf(u.code())));
            organisers.put(u.id(), u.code());
            organiserNames.put(u.id(), "UBND " + Character.toLowerCase(u.name().charAt(0)) + u.name().substring(1));
        }
        long t0 = System.nanoTime();
        List<TrainingOffers.Trainee> trainees = TraineeQuery.under(jdbc, province.path(), communes);
        String name = Character.toLowerCase(province.name().charAt(0)) + province.name().substring(1);
        TrainingRows.Actors actors = actors(province, name, write);
        boolean mountain = Ethnicities.profile(code).minorityPercent() >= 30;
        List<TrainingHistory.PlannedClass> planned = history.plan(province.id(), name, mountain, communes, trainees);
        int seats = planned.stream().mapToInt(c -> c.members().size()).sum();
        long[] classIds = reserve("training_class_id_seq", planned.size(), write);
        var enrollmentIds = LongStream.of(reserve("enrollment_id_seq", seats, write)).iterator();
        TrainingRows rows = new TrainingRows(ds, asOf);
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            TrainingHistory.PlannedClass c = planned.get(i);
            long organiser = c.organiserId();
            int n = numbers.computeIfAbsent(organiser, o -> write ? jdbc.sql(
                    "select count(*) from training_class where organiser_unit_id = :o and extract(year from starts_on) = :y")
                    .param("o", o).param("y", TrainingHistory.YEAR).query(Integer.class).single() : 0) + 1;
            numbers.put(organiser, n);
            // training.Classes: class code = organiser code-year-number
            String classCode = organisers.get(organiser) + "-" + TrainingHistory.YEAR + "-" + String.format("%03d", n);
            rows.write(c, classIds[i], classCode, actors, organiserNames.get(organiser), enrollmentIds);
        }
        rows.flush();
        long t1 = System.nanoTime();
        SyntheticRatings ratings = new SyntheticRatings(jdbc, ds, seed, asOf);
        trainees.forEach(ratings::write);
        ratings.ratings.flush();
        log.debug("Province {}: {} ms classes and what followed, {} ms ratings", code, (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new long[] {rows.classes.rows(), rows.enrollments.rows(), rows.qualifications.rows(), rows.effects.rows(),
                ratings.ratings.rows(), rows.feedback.rows(), communes.size()};
    }

    /** The province's political school (Trường Chính trị), made when the province has none. */
    private TrainingRows.Actors actors(OrgUnit province, String name, boolean write) {
        String school = "Trường Chính trị " + name;
        Long id = null;
        Long academy = null;
        if (write) {
            academy = jdbc.sql("select id from provider where kind = 'HVCTQG' order by id limit 1").query(Long.class).optional().orElse(null);
            var existing = jdbc.sql("select id, name from provider where org_unit_id = :u and kind = 'TRUONG_CHINH_TRI' order by id limit 1")
                    .param("u", province.id()).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
            if (existing.isPresent()) {
                id = (Long) existing.get()[0];
                school = (String) existing.get()[1];
            } else {
                id = jdbc.sql("insert into provider (name, kind, org_unit_id) values (:n, 'TRUONG_CHINH_TRI', :u) returning id")
                        .param("n", school).param("u", province.id()).query(Long.class).single();
            }
        }
        return new TrainingRows.Actors("sonoivu." + province.code(), "truongchinhtri." + province.code(), school, id, academy);
    }

    private long[] reserve(String sequence, int n, boolean write) {
        if (!write) {
            return LongStream.rangeClosed(1, n).toArray();
        }
        return jdbc.sql("select nextval('" + sequence + "') from generate_series(1, :n)").param("n", n)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
