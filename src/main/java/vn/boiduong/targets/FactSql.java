package vn.boiduong.targets;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The set-based SQL of the fact tables (fixed text; only column lists of the three families are spliced in).
 * A family is a leaf table (one row per unit holding the records, with province_id and commune_id columns) and its
 * rollup (one row per unit at every level, with parent_id), rolled up level by level with GROUP BY on those columns;
 * only the agencies' sub-units go through the (small) deep-ancestor table.
 */
final class FactSql {

    record Family(String leaf, String rollup, List<String> keys, List<String> measures) {

        String keyList(String alias) {
            return keys.stream().map(k -> alias + k).collect(Collectors.joining(", "));
        }

        String sums(String alias) {
            return measures.stream().map(m -> "sum(" + alias + m + ") as " + m).collect(Collectors.joining(", "));
        }
    }

    static final Family TARGETS = new Family("target_fact", "target_rollup", List.of("target_id", "period"),
            List.of("numerator", "denominator"));
    static final Family TRAINING = new Family("training_fact", "training_rollup",
            List.of("year", "program_code", "category", "delivery", "leader"), List.of("sent", "completed", "passed", "reported"));
    static final Family EFFECTS = new Family("effect_fact", "effect_rollup", List.of("year"),
            List.of("completed", "due", "signed", "overdue"));
    static final List<Family> ALL = List.of(TARGETS, TRAINING, EFFECTS);

    /** Pairs (unit, ancestor) only below the communes (ancestor level 3 and deeper): agencies and their sub-units. */
    static final String DEEP_ANCESTORS = """
            insert into fact_unit_ancestor (unit_id, ancestor_id)
            select o.id, a.id from org_unit o
            cross join lateral generate_series(4, length(o.path) - length(replace(o.path, '/', '')) - 1) i
            join org_unit a on a.path = array_to_string((string_to_array(o.path, '/'))[1 : i + 1], '/') || '/'
            where o.path like :path || '%'
            """;
    /** Each unit with its level-1 (province) and level-2 (commune) ancestors, found by the prefixes of its path. */
    static final String UNITS = """
            insert into fact_unit (unit_id, parent_id, level, province_id, commune_id)
            select o.id, o.parent_id, o.level, pr.id, co.id from org_unit o
            left join org_unit pr on pr.level = 1 and pr.path = '/' || split_part(o.path, '/', 2) || '/' || split_part(o.path, '/', 3) || '/'
            left join org_unit co on co.level = 2 and co.path = '/' || split_part(o.path, '/', 2) || '/' || split_part(o.path, '/', 3)
                                                                || '/' || split_part(o.path, '/', 4) || '/'
            where o.path like :path || '%'
            """;
    static final String TRAINING_LEAF = """
            insert into training_fact (unit_id, province_id, commune_id, year, program_code, category, delivery, leader,
                                       sent, completed, passed, reported)
            select p.org_unit_id, fu.province_id, fu.commune_id, cast(extract(year from c.starts_on) as integer), c.program_code,
                   pr.category, c.delivery, p.is_leader, count(*),
                   count(*) filter (where e.status = 'COMPLETED'), count(*) filter (where e.passed),
                   count(*) filter (where e.self_reported_at is not null or e.result_at is not null)
            from enrollment e join training_class c on c.id = e.class_id join program pr on pr.code = c.program_code
            join person p on p.id = e.person_id join fact_unit fu on fu.unit_id = p.org_unit_id
            where e.status in ('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED') and (cast(:commune as bigint) is null or fu.commune_id = :commune)
            group by 1, 2, 3, 4, 5, 6, 7, 8
            """;
    static final String EFFECT_LEAF = """
            insert into effect_fact (unit_id, province_id, commune_id, year, completed, due, signed, overdue)
            select ee.org_unit_id, fu.province_id, fu.commune_id, cast(extract(year from ee.due_on) as integer), count(*),
                   count(*) filter (where ee.due_on <= :today), count(*) filter (where ee.status = 'SIGNED'),
                   count(*) filter (where ee.status = 'DUE' and ee.due_on < :today)
            from effect_evaluation ee join fact_unit fu on fu.unit_id = ee.org_unit_id
            where cast(:commune as bigint) is null or fu.commune_id = :commune
            group by 1, 2, 3, 4
            """;

    private FactSql() {
    }

    /**
     * Leaf facts of one target for every month from {@code :from} to {@code :to} (first days), as of month end or today,
     * in one statement: the records are first counted per unit and dates (birth dates kept only when a predicate uses
     * them), then joined with the months.
     */
    static String targetLeaf(TargetSql.Compiled c) {
        boolean age = c.population().contains("birth_date") || c.condition().contains("birth_date");
        return """
                insert into target_fact (target_id, period, unit_id, province_id, commune_id, numerator, denominator)
                with x as materialized (select i.unit_id, i.pop_on, i.met_on, %s as birth_date, count(*) as n from (%s) i group by 1, 2, 3, 4)
                select :tid, per.period, x.unit_id, fu.province_id, fu.commune_id,
                       cast(coalesce(sum(x.n) filter (where %s and %s), 0) as bigint), cast(sum(x.n) filter (where %s) as bigint)
                from x join fact_unit fu on fu.unit_id = x.unit_id
                cross join (select cast(d as date) as period,
                                   least(cast(d + interval '1 month' - interval '1 day' as date), cast(:today as date)) as as_of
                            from generate_series(cast(:from as date), cast(:to as date), interval '1 month') d) per
                group by per.period, x.unit_id, fu.province_id, fu.commune_id
                having sum(x.n) filter (where %s) > 0
                """.formatted(age ? "i.birth_date" : "cast(null as date)", c.inner(), c.population(), c.condition(), c.population(),
                c.population());
    }

    /**
     * Rolls leaf rows up to the agencies and their sub-units (level 3 and deeper, through the few deep ancestor pairs);
     * {@code leafWhere} (alias f) narrows a refresh.
     */
    static String deepRollup(Family f, String leafWhere) {
        return insert(f) + "select a.ancestor_id, u.parent_id, " + f.keyList("f.") + ", " + f.sums("f.") + "\n"
                + "from " + f.leaf() + " f join fact_unit_ancestor a on a.unit_id = f.unit_id join fact_unit u on u.unit_id = a.ancestor_id\n"
                + "where f.commune_id is not null and " + leafWhere + "\n"
                + "group by a.ancestor_id, u.parent_id, " + f.keyList("f.");
    }

    /** The commune level (level 2): one GROUP BY on the leaf's commune_id column. */
    static String communeRollup(Family f, String leafWhere) {
        return insert(f) + "select f.commune_id, u.parent_id, " + f.keyList("f.") + ", " + f.sums("f.") + "\n"
                + "from " + f.leaf() + " f join fact_unit u on u.unit_id = f.commune_id\n"
                + "where f.commune_id is not null and " + leafWhere + "\n"
                + "group by f.commune_id, u.parent_id, " + f.keyList("f.");
    }

    /**
     * Commune → province → nation in one statement (the DHIS2 way): each level groups the rows just written for the
     * level below by their parent_id, plus the leaf rows held by the province or nation unit itself. Yields the rows written.
     */
    static String levelRollup(Family f) {
        String keys = String.join(", ", f.keys());
        String measures = String.join(", ", f.measures());
        String returning = "\nreturning parent_id, " + keys + ", " + measures;
        return "with c as (" + communeRollup(f, "true") + returning + "),\n"
                + "p as (" + upOneLevel(f, "c", "f.commune_id is null and f.province_id is not null", "f.province_id") + returning + "),\n"
                + "n as (" + upOneLevel(f, "p", "f.province_id is null", "f.unit_id") + "\nreturning 1)\n"
                + "select (select count(*) from c) + (select count(*) from p) + (select count(*) from n)";
    }

    private static String upOneLevel(Family f, String below, String ownWhere, String ownUnit) {
        String keys = String.join(", ", f.keys());
        String measures = String.join(", ", f.measures());
        return insert(f) + "select s.unit_id, u.parent_id, " + f.keyList("s.") + ", " + f.sums("s.") + "\n"
                + "from (select parent_id as unit_id, " + keys + ", " + measures + " from " + below + "\n"
                + "      union all select " + ownUnit + ", " + f.keyList("f.") + ", "
                + f.measures().stream().map(m -> "f." + m).collect(Collectors.joining(", ")) + " from " + f.leaf() + " f where " + ownWhere + ") s\n"
                + "join fact_unit u on u.unit_id = s.unit_id\n"
                + "group by s.unit_id, u.parent_id, " + f.keyList("s.");
    }

    private static String insert(Family f) {
        return "insert into " + f.rollup() + " (org_unit_id, parent_id, " + f.keyList("") + ", " + String.join(", ", f.measures()) + ")\n";
    }

    /** Adds ({@code sign} "+") or removes ("-") one commune's leaf sums from the rollup rows of its ancestors {@code :up}. */
    static String adjustAncestors(Family f, String leafWhere, String sign) {
        String sums = "select " + f.keyList("") + ", " + f.sums("") + " from " + f.leaf() + " where " + leafWhere + " group by " + f.keyList("");
        String set = f.measures().stream().map(m -> m + " = " + f.rollup() + "." + m + " + excluded." + m)
                .collect(Collectors.joining(", "));
        return "insert into " + f.rollup() + " (org_unit_id, parent_id, " + f.keyList("") + ", " + String.join(", ", f.measures()) + ")\n"
                + "select u.unit_id, u.parent_id, " + f.keyList("d.") + ", "
                + f.measures().stream().map(m -> sign.equals("-") ? "-d." + m : "d." + m).collect(Collectors.joining(", ")) + "\n"
                + "from (" + sums + ") d cross join fact_unit u where u.unit_id in (:up)\n"
                + "on conflict on constraint " + f.rollup() + "_pkey do update set " + set;
    }
}
