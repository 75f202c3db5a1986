package vn.boiduong.targets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a target into SQL through a whitelist: the population kind picks one of four fixed queries, each filter adds a
 * fixed predicate whose values are bound parameters (integers inlined only as typed {@code int}). Nothing a user typed
 * becomes SQL text. The inner query yields one row per counted record: {@code row_id, unit_id, pop_on} (from when it
 * counts; null = always), {@code met_on} (from when it meets the condition; null = not), {@code birth_date}.
 * History: dates come from the records (certificate issued_on, enrollment decided/completed, effect signed_at);
 * person attributes (unit, position, gender, gaps) are taken as they are now.
 */
final class TargetSql {

    static final String EPOCH = "date '1900-01-01'";
    private static final String SENT = "('APPROVED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')";

    /** The inner query, the predicates over {@code x} (the row) and {@code per.as_of}, and the parameters. */
    record Compiled(String inner, String population, String condition, Map<String, Object> params) {
    }

    private final Map<String, Object> params = new HashMap<>();

    private TargetSql() {
    }

    /** @param scopePath when not null, only records of units under this path (an owner's or a refreshed commune's) */
    static Compiled compile(Target t, String scopePath) {
        return new TargetSql().build(t, scopePath);
    }

    private Compiled build(Target t, String scopePath) {
        var pop = t.population() == null ? TargetSpec.Population.none() : t.population();
        var cond = t.condition() == null ? TargetSpec.Condition.none() : t.condition();
        String inner = switch (t.populationKind()) {
            case "PEOPLE" -> people(pop, cond);
            case "ENROLLMENTS" -> """
                    select e.id as row_id, p.org_unit_id as unit_id, c.ends_on as pop_on,
                           cast(least(e.self_reported_at, e.result_at) as date) as met_on, p.birth_date
                    from enrollment e join training_class c on c.id = e.class_id join person p on p.id = e.person_id
                    where e.status in ('ATTENDING', 'COMPLETED', 'NOT_COMPLETED')""";
            case "EFFECTS" -> """
                    select ee.id as row_id, ee.org_unit_id as unit_id, ee.due_on as pop_on, cast(ee.signed_at as date) as met_on,
                           cast(null as date) as birth_date
                    from effect_evaluation ee where true""";
            case "CLASSES" -> "select c.id as row_id, c.organiser_unit_id as unit_id, c.starts_on as pop_on, c.starts_on as met_on, "
                    + "cast(null as date) as birth_date from training_class c where c.status <> 'CANCELLED' and "
                    + programs("c.program_code", pop.programs(), pop.categories(), "pp");
            default -> throw new IllegalArgumentException("population kind " + t.populationKind());
        };
        if (t.ownerPath() != null) {
            inner += " and " + unitIn(t.populationKind(), "t_owner", t.ownerPath());
        }
        if (scopePath != null) {
            inner += " and " + unitIn(t.populationKind(), "t_scope", scopePath);
        }
        String population = "(x.pop_on is null or x.pop_on <= per.as_of)";
        if (t.perYear()) {
            population += " and x.pop_on >= cast(date_trunc('year', per.as_of) as date)";
        }
        if (pop.ageUnder() != null) {
            population += " and " + younger(pop.ageUnder());
        }
        String condition = "x.met_on <= per.as_of";
        if ("AGE_UNDER".equals(cond.kind()) && cond.years() != null) {
            condition += " and " + younger(cond.years());
        }
        return new Compiled(inner, population, condition, params);
    }

    private static String younger(int years) {
        return "x.birth_date > per.as_of - make_interval(years => " + years + ")";
    }

    private String unitIn(String kind, String name, String path) {
        params.put(name, path);
        String column = switch (kind) {
            case "PEOPLE", "ENROLLMENTS" -> "p.org_unit_id";
            case "EFFECTS" -> "ee.org_unit_id";
            default -> "c.organiser_unit_id";
        };
        return column + " in (select id from org_unit where path like :" + name + " || '%')";
    }

    private String people(TargetSpec.Population pop, TargetSpec.Condition cond) {
        StringBuilder where = new StringBuilder("p.status = 'ACTIVE'");
        in(where, "p.staff_kind", pop.staffKinds(), "sk");
        eq(where, "p.is_leader", pop.leader(), "ld");
        if (present(pop.positionGroups())) {
            params.put("pg", pop.positionGroups());
            where.append(" and exists (select 1 from job_position jp where jp.code = p.job_position_code and jp.grp in (:pg))");
        }
        in(where, "p.job_position_code", pop.positionCodes(), "pc");
        eq(where, "p.gender", pop.gender(), "gd");
        eq(where, "p.party_committee_member", pop.partyCommittee(), "pcm");
        eq(where, "p.affected_by_reorg", pop.affectedByReorg(), "reorg");
        if (pop.gapCategory() != null) {
            params.put("gap", pop.gapCategory());
            where.append(" and exists (select 1 from person_gap g where g.person_id = p.id and g.category = :gap)");
        }
        if (pop.lacking() != null) {
            params.put("lgap", pop.lacking().gapCategory());
            where.append(" and (exists (select 1 from person_gap g where g.person_id = p.id and g.category = :lgap)");
            if (present(pop.lacking().programs())) {
                where.append(" or exists (select 1 from enrollment e join training_class c on c.id = e.class_id where e.person_id = p.id"
                        + " and e.status in " + SENT + " and " + programs("c.program_code", pop.lacking().programs(), null, "lp") + ")"
                        + " or exists (select 1 from qualification q where q.person_id = p.id and "
                        + programs("q.program_code", pop.lacking().programs(), null, "lp") + ")");
            }
            where.append(")");
        }
        return "select p.id as row_id, p.org_unit_id as unit_id, cast(null as date) as pop_on, " + metOn(cond)
                + " as met_on, p.birth_date from person p where " + where;
    }

    private String metOn(TargetSpec.Condition c) {
        String kind = c.kind() == null ? "" : c.kind();
        return switch (kind) {
            case "TRAINED" -> "least((select min(q.issued_on) from qualification q where q.person_id = p.id and "
                    + programs("q.program_code", c.programs(), c.categories(), "cp") + "), "
                    + "(select min(e.completed_on) from enrollment e join training_class c on c.id = e.class_id "
                    + "where e.person_id = p.id and e.status = 'COMPLETED' and "
                    + programs("c.program_code", c.programs(), c.categories(), "cp") + "))";
            case "ENROLLED" -> {
                List<String> statuses = present(c.statuses()) ? c.statuses() : List.of("APPROVED", "ATTENDING", "COMPLETED");
                params.put("cs", statuses);
                yield "(select cast(min(coalesce(e.decided_at, e.proposed_at)) as date) from enrollment e join training_class c "
                        + "on c.id = e.class_id where e.person_id = p.id and e.status in (:cs) and "
                        + programs("c.program_code", c.programs(), c.categories(), "cp") + ")";
            }
            case "NO_GAP" -> {
                params.put("ng", c.category());
                yield "case when not exists (select 1 from person_gap g where g.person_id = p.id and g.category = :ng) then " + EPOCH + " end";
            }
            case "GENDER_F" -> "case when p.gender = 'F' then " + EPOCH + " end";
            case "SCI_TECH" -> "case when p.sci_tech_background then " + EPOCH + " end";
            case "AGE_UNDER" -> EPOCH;
            default -> throw new IllegalArgumentException("condition " + kind);
        };
    }

    /** Programme codes given directly or by catalog category (both bound); "false" when neither is given. */
    private String programs(String column, List<String> codes, List<String> categories, String name) {
        StringBuilder s = new StringBuilder("(false");
        if (present(codes)) {
            params.put(name, codes);
            s.append(" or ").append(column).append(" in (:").append(name).append(")");
        }
        if (present(categories)) {
            params.put(name + "_cat", categories);
            s.append(" or ").append(column).append(" in (select code from program where category in (:").append(name).append("_cat))");
        }
        return s.append(")").toString();
    }

    private void in(StringBuilder where, String column, List<String> values, String name) {
        if (present(values)) {
            params.put(name, values);
            where.append(" and ").append(column).append(" in (:").append(name).append(")");
        }
    }

    private void eq(StringBuilder where, String column, Object value, String name) {
        if (value != null) {
            params.put(name, value);
            where.append(" and ").append(column).append(" = :").append(name);
        }
    }

    private static boolean present(List<String> values) {
        return values != null && !values.isEmpty();
    }
}
