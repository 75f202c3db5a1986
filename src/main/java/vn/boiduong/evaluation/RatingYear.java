package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * The yearly rating (xếp loại cả năm) of a unit, proposed from the year's approved quarters and signed
 * effect-after-training evaluations, with the legal overrides and the cap on "xuất sắc" (ND 335/2025).
 * Formula: quarters mean × 80% + effect mean × 20% when the person has a signed effect evaluation in the year,
 * else the quarters mean; then fewer than 6 months worked → not rated; disciplined in the year → không hoàn thành;
 * then at most 20% of those rated "tốt" or above may be "xuất sắc" (the lowest-scoring others proposed as "tốt").
 */
@Service
public class RatingYear {

    /** An approved quarter entering the year. */
    public record Quarter(String period, BigDecimal score, RatingBand band) {
    }

    /** Why a line's band is what it is: a message code and its arguments. */
    public record Note(String code, List<Object> args) {
    }

    /** One person's yearly proposal; {@code band} is null when there is nothing to rate (no approved quarter). */
    public record Line(long personId, String fullName, String title, List<Quarter> quarters, BigDecimal quartersMean,
                       BigDecimal effectMean, int effectCount, BigDecimal score, RatingBand computed, RatingBand band,
                       List<Note> notes, String storedStatus) {
    }

    public record Proposal(long unitId, String unitName, String unitPath, int year, List<Line> lines, long goodOrAbove,
                           long excellentAllowed) {
    }

    private final JdbcClient jdbc;
    private final RatingRepository ratings;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    RatingYear(JdbcClient jdbc, RatingRepository ratings, AccessPolicy access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Proposal proposal(long unitId, int year) {
        if (year < 2000 || year > java.time.LocalDate.now().getYear() + 1) {
            throw new Problems.InvalidInput("year", "validation.required");
        }
        String[] unit = unit(unitId);
        access.require(Permission.EVALUATION_READ, unit[1]);
        return compute(unitId, unit, year, new YearFacts(jdbc, unitId, year));
    }

    /** Stores the proposal as the approved yearly ratings of the unit; already approved ones stay (reopen them first). */
    @Transactional
    public int approve(long unitId, int year) {
        String[] unit = unit(unitId);
        access.require(Permission.EVALUATION_APPROVE, unit[1]);
        if (year > LocalDate.now(clock).getYear()) {
            throw new Problems.InvalidInput("year", "rating.period.notOpen", Integer.toString(year));
        }
        Proposal p = compute(unitId, unit, year, new YearFacts(jdbc, unitId, year));
        int stored = 0;
        String by = access.currentUser().username();
        for (Line l : p.lines()) {
            if (l.band() == null || "APPROVED".equals(l.storedStatus())) {
                continue;
            }
            Map<String, Object> basis = new LinkedHashMap<>();
            basis.put("quarters", l.quarters().stream().map(q -> q.period() + ": " + q.score()).toList());
            basis.put("quartersMean", l.quartersMean());
            basis.put("effectMean", l.effectMean());
            basis.put("effectCount", l.effectCount());
            basis.put("computed", l.computed() == null ? null : l.computed().name());
            basis.put("notes", l.notes().stream().map(Note::code).toList());
            if (ratings.approveYear(l.personId(), unitId, Integer.toString(year), l.score(), l.band(), basis, by)) {
                Rating after = ratings.find(l.personId(), Integer.toString(year)).orElseThrow();
                audit.record("APPROVE_YEAR", "rating", after.id(), unit[1], null, Ratings.describe(after), null);
                stored++;
            }
        }
        return stored;
    }

    static Proposal compute(long unitId, String[] unit, int year, YearFacts facts) {
        List<Line> lines = new ArrayList<>();
        List<RatingRules.Ranked> ranked = new ArrayList<>();
        for (YearFacts.Person person : facts.people()) {
            List<Quarter> quarters = facts.quarters().getOrDefault(person.id(), List.of());
            List<BigDecimal> effects = facts.effects().getOrDefault(person.id(), List.of());
            BigDecimal qMean = quarters.isEmpty() ? null : RatingRules.mean(quarters.stream().map(Quarter::score).toList());
            BigDecimal eMean = effects.isEmpty() ? null : RatingRules.mean(effects);
            BigDecimal score = qMean == null ? null : RatingRules.yearScore(qMean, eMean);
            RatingBand computed = score == null ? null : RatingRules.band(score);
            RatingBand band = computed;
            List<Note> notes = new ArrayList<>();
            long months = RatingRules.monthsWorked(year, person.joinedOn(), person.leftOn());
            String discipline = facts.discipline().get(person.id());
            if (months < RatingRules.MIN_MONTHS_WORKED) {
                band = RatingBand.KHONG_XEP_LOAI;  // ND 335/2025: fewer than 6 months worked in the year → not rated
                notes.add(new Note("rating.year.note.months", List.of(months)));
            } else if (discipline != null) {
                band = RatingBand.KHONG_HOAN_THANH;  // ND 335/2025: disciplined (khiển trách or above) in the year
                notes.add(new Note("rating.year.note.discipline." + discipline, List.of()));
            } else if (score == null) {
                notes.add(new Note("rating.year.note.noQuarters", List.of()));
            }
            if (eMean != null) {
                notes.add(new Note("rating.year.note.effect", List.of(effects.size(), vn.boiduong.shared.VietnameseNumbers.decimal(eMean, 2))));
            }
            if (band != null && score != null) {
                ranked.add(new RatingRules.Ranked(person.id(), score, band));
            } else if (band != null) {
                ranked.add(new RatingRules.Ranked(person.id(), BigDecimal.ZERO, band));
            }
            lines.add(new Line(person.id(), person.fullName(), person.title(), quarters, qMean, eMean, effects.size(), score,
                    computed, band, notes, facts.stored().get(person.id())));
        }
        List<Long> moved = RatingRules.overCap(ranked);
        long base = ranked.stream().filter(r -> r.band().goodOrAbove()).count();
        long allowed = base * RatingRules.EXCELLENT_CAP_PERCENT / 100;
        List<Line> capped = lines.stream().map(l -> !moved.contains(l.personId()) ? l : new Line(l.personId(), l.fullName(), l.title(),
                l.quarters(), l.quartersMean(), l.effectMean(), l.effectCount(), l.score(), l.computed(), RatingBand.TOT,
                append(l.notes(), new Note("rating.year.note.cap", List.of(allowed, base))), l.storedStatus())).toList();
        return new Proposal(unitId, unit[0], unit[1], year, capped, base, allowed);
    }

    private static List<Note> append(List<Note> notes, Note note) {
        List<Note> out = new ArrayList<>(notes);
        out.add(note);
        return out;
    }

    private String[] unit(long unitId) {
        return jdbc.sql("select name, path from org_unit where id = :id").param("id", unitId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new Problems.NotFound("unit", unitId));
    }

    /** What the year of a unit is made of, read in a few queries. */
    record YearFacts(List<Person> people, Map<Long, List<Quarter>> quarters, Map<Long, List<BigDecimal>> effects,
                     Map<Long, String> discipline, Map<Long, String> stored) {

        record Person(long id, String fullName, String title, LocalDate joinedOn, LocalDate leftOn) {
        }

        YearFacts(JdbcClient jdbc, long unitId, int year) {
            this(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            String members = "select id from person where org_unit_id = :u";
            people.addAll(jdbc.sql("""
                            select id, full_name, title, joined_on, left_on from person
                            where org_unit_id = :u and (status = 'ACTIVE' or left_on >= make_date(:y, 1, 1)) order by sort_key
                            """).param("u", unitId).param("y", year)
                    .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class))).list());
            jdbc.sql("select person_id, period, score, band from rating where status = 'APPROVED' and period like :y || '-Q_' "
                            + "and person_id in (" + members + ") order by period")
                    .param("u", unitId).param("y", Integer.toString(year))
                    .query((rs, n) -> quarters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Quarter(rs.getString(2), rs.getBigDecimal(3), RatingBand.valueOf(rs.getString(4))))).list();
            jdbc.sql("select person_id, total from effect_evaluation where status = 'SIGNED' "
                            + "and extract(year from signed_at at time zone 'Asia/Ho_Chi_Minh') = :y and person_id in (" + members + ")")
                    .param("u", unitId).param("y", year)
                    .query((rs, n) -> effects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getBigDecimal(2))).list();
            jdbc.sql("select person_id, (array_agg(level order by decided_on desc))[1] from discipline_record where year = :y and person_id in (" + members + ") group by person_id")
                    .param("u", unitId).param("y", year).query((rs, n) -> discipline.put(rs.getLong(1), rs.getString(2))).list();
            jdbc.sql("select person_id, status from rating where period = :y and person_id in (" + members + ")")
                    .param("u", unitId).param("y", Integer.toString(year)).query((rs, n) -> stored.put(rs.getLong(1), rs.getString(2))).list();
        }
    }
}
