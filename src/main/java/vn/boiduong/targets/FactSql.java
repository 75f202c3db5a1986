package vn.boiduong.targets;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The set-based SQL of the fact tables (fixed text; only column lists of the three families are spliced in).
 * A family is a leaf table (one row per unit holding the records, with province_id and commune_id columns) and its
 * rollup (one row per unit at every level, with parent_id), rolled up through {@code fact_unit_ancestor}.
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

    static final String UNIT_ANCESTORS = """
            insert into fact_unit_ancestor (unit_id, ancestor_id)
            select o.id, a.id from org_unit o
            cross join lateral generate_series(1, length(o.path) - length(replace(o.path, '/', '')) - 1) i
            join org_unit a on a.path = array_to_string((string_to_array(o.path, '/'))[1 : i + 1], '/') || '/'
            where o.path like :path || '%'
            """;
    static final String UNITS = """
            insert into fact_unit (unit_id, parent_id, level, province_id, commune_id)
            select o.id, o.parent_id, o.level, max(a.id) filter (where a.level = 1), max(a.id) filter (where a.level = 2)
            from org_unit o join fact_unit_ancestor fa on fa.unit_id = o.id join org_unit a on a.id = fa.ancestor_id
            where o.path like :path || '%' group by o.id, o.parent_id, o.level
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

    /** Leaf facts of one target for every month from {@code :from} to {@code :to} (first days), as of month end or today. */
    static String targetLeaf(TargetSql.Compiled c) {
        return """
                insert into target_fact (target_id, period, unit_id, province_id, commune_id, numerator, denominator)
                with x as materialized (%s)
                select :tid, per.period, x.unit_id, fu.province_id, fu.commune_id,
                       count(*) filter (where %s and %s), count(*) filter (where %s)
                from x join fact_unit fu on fu.unit_id = x.unit_id
                cross join (select cast(d as date) as period,
                                   least(cast(d + interval '1 month' - interval '1 day' as date), cast(:today as date)) as as_of
                            from generate_series(cast(:from as date), cast(:to as date), interval '1 month') d) per
                group by per.period, x.unit_id, fu.province_id, fu.commune_id
                having count(*) filter (where %s) > 0
                """.formatted(c.inner(), c.population(), c.condition(), c.population(), c.population());
    }

    /** Rolls leaf rows up to every ancestor; {@code leafWhere} and {@code ancestorWhere} narrow a refresh. */
    static String rollup(Family f, String leafWhere, String ancestorWhere) {
        return "insert into " + f.rollup() + " (org_unit_id, parent_id, " + f.keyList("") + ", " + String.join(", ", f.measures()) + ")\n"
                + "select a.ancestor_id, u.parent_id, " + f.keyList("f.") + ", " + f.sums("f.") + "\n"
                + "from " + f.leaf() + " f join fact_unit_ancestor a on a.unit_id = f.unit_id join fact_unit u on u.unit_id = a.ancestor_id\n"
                + "where " + leafWhere + " and " + ancestorWhere + "\n"
                + "group by a.ancestor_id, u.parent_id, " + f.keyList("f.");
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
