package vn.boiduong.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the fact tables (bảng số liệu tổng hợp). A full rebuild replaces everything in one transaction with DELETE
 * (not TRUNCATE), so readers keep seeing the old facts until the new ones commit; it back-fills the previous 12 months
 * from the dates in the records (one statement per target for all months), with person attributes as they are now,
 * rolls up level by level (agency → commune → province → nation) and ANALYZEs the tables. A commune refresh recomputes the commune's
 * current month and keeps its province and the nation right by subtracting its old sums and adding the new ones.
 */
@Component
class FactBuilder {

    private static final Logger log = LoggerFactory.getLogger(FactBuilder.class);
    static final int HISTORY_MONTHS = 12;

    /** What a full rebuild did. */
    record Built(long millis, long rows, LocalDate asOf) {
    }

    private final JdbcClient jdbc;
    private final TargetRepository targets;
    private final Clock clock;
    private final FactVersion versions;

    FactBuilder(JdbcClient jdbc, TargetRepository targets, Clock clock, FactVersion versions) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.clock = clock;
        this.versions = versions;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate period(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    @Transactional
    public Built rebuild() {
        long start = System.nanoTime();
        LocalDate today = today();
        jdbc.sql("select pg_advisory_xact_lock(7007)").query().singleRow();
        // the rollups group millions of rows nationally: sort and hash in memory rather than in temporary files
        jdbc.sql("select set_config('work_mem', '256MB', true)").query().singleRow();
        for (String t : List.of("target_rollup", "target_fact", "training_rollup", "training_fact", "effect_rollup", "effect_fact",
                "fact_unit", "fact_unit_ancestor")) {
            jdbc.sql("delete from " + t).update();
        }
        jdbc.sql(FactSql.UNITS).param("path", "/").update();
        jdbc.sql(FactSql.DEEP_ANCESTORS).param("path", "/").update();
        jdbc.sql("analyze fact_unit, fact_unit_ancestor").update();
        long rows = 0;
        log.debug("Facts: units {} ms", (System.nanoTime() - start) / 1_000_000);
        for (Target t : targets.active()) {
            long s = System.nanoTime();
            rows += targetLeaf(t, null, period(today).minusMonths(HISTORY_MONTHS), today);
            log.debug("Facts: target {} {} ms", t.code(), (System.nanoTime() - s) / 1_000_000);
        }
        rows += jdbc.sql(FactSql.TRAINING_LEAF).param("commune", null).update();
        rows += jdbc.sql(FactSql.EFFECT_LEAF).param("commune", null).param("today", today).update();
        jdbc.sql("analyze target_fact, training_fact, effect_fact").update();
        for (FactSql.Family f : FactSql.ALL) {
            long s = System.nanoTime();
            rows += jdbc.sql(FactSql.deepRollup(f, "true")).update();
            rows += jdbc.sql(FactSql.levelRollup(f)).query(Long.class).single();
            log.debug("Facts: rollup {} {} ms", f.rollup(), (System.nanoTime() - s) / 1_000_000);
        }
        jdbc.sql("analyze target_rollup, training_rollup, effect_rollup").update();
        long millis = (System.nanoTime() - start) / 1_000_000;
        jdbc.sql("""
                        insert into fact_build (id, built_at, as_of, millis, rows) values (1, now(), :d, :ms, :rows)
                        on conflict (id) do update set built_at = now(), as_of = :d, millis = :ms, rows = :rows
                        """).param("d", today).param("ms", millis).param("rows", rows).update();
        jdbc.sql("delete from fact_dirty where since <= now()").update();
        versions.bumpAfterCommit();
        log.info("Facts rebuilt as of {}: {} rows in {} ms", today, rows, millis);
        return new Built(millis, rows, today);
    }

    private int targetLeaf(Target t, String scopePath, LocalDate from, LocalDate today) {
        TargetSql.Compiled c = TargetSql.compile(t, scopePath);
        return jdbc.sql(FactSql.targetLeaf(c)).params(c.params()).param("tid", t.id()).param("from", from)
                .param("to", period(today)).param("today", today).update();
    }

    /** Recomputes one commune's facts (current month for targets, every year for training and effect) and its chain up. */
    @Transactional
    public void refreshCommune(long communeId) {
        LocalDate today = today();
        LocalDate p = period(today);
        jdbc.sql("select pg_advisory_xact_lock(7007)").query().singleRow();
        if (jdbc.sql("select count(*) from fact_build").query(Long.class).single() == 0) {
            return; // nothing built yet: the first full rebuild will include it
        }
        String path = jdbc.sql("select path from org_unit where id = :id and kind = 'COMMUNE'").param("id", communeId)
                .query(String.class).optional().orElse(null);
        if (path == null) {
            return;
        }
        jdbc.sql("delete from fact_unit_ancestor where unit_id in (select id from org_unit where path like :path || '%')")
                .param("path", path).update();
        jdbc.sql("delete from fact_unit where unit_id in (select id from org_unit where path like :path || '%')").param("path", path).update();
        jdbc.sql(FactSql.UNITS).param("path", path).update();
        jdbc.sql(FactSql.DEEP_ANCESTORS).param("path", path).update();
        List<Long> up = jdbc.sql("""
                        with recursive up as (select parent_id as id from fact_unit where unit_id = :c
                                              union all select u.parent_id from fact_unit u join up on u.unit_id = up.id)
                        select id from up where id is not null
                        """).param("c", communeId).query(Long.class).list();
        for (FactSql.Family f : FactSql.ALL) {
            boolean targetsFamily = f == FactSql.TARGETS;
            String leafWhere = "commune_id = :c" + (targetsFamily ? " and period = :p" : "");
            Map<String, Object> params = targetsFamily ? Map.of("c", communeId, "p", p) : Map.of("c", communeId);
            if (!up.isEmpty()) {
                jdbc.sql(FactSql.adjustAncestors(f, leafWhere, "-")).params(params).param("up", up).update();
            }
            jdbc.sql("delete from " + f.rollup() + " where org_unit_id in (select unit_id from fact_unit where commune_id = :c)"
                    + (targetsFamily ? " and period = :p" : "")).params(params).update();
            jdbc.sql("delete from " + f.leaf() + " where " + leafWhere).params(params).update();
            if (targetsFamily) {
                for (Target t : targets.active()) {
                    targetLeaf(t, path, p, today);
                }
            } else if (f == FactSql.TRAINING) {
                jdbc.sql(FactSql.TRAINING_LEAF).param("commune", communeId).update();
            } else {
                jdbc.sql(FactSql.EFFECT_LEAF).param("commune", communeId).param("today", today).update();
            }
            String fWhere = "f." + leafWhere.replace(" and period", " and f.period");
            jdbc.sql(FactSql.deepRollup(f, fWhere)).params(params).update();
            jdbc.sql(FactSql.communeRollup(f, fWhere)).params(params).update();
            if (!up.isEmpty()) {
                jdbc.sql(FactSql.adjustAncestors(f, leafWhere, "+")).params(params).param("up", up).update();
            }
        }
        versions.bumpAfterCommit();
    }

    /** Marks the commune of these units dirty (idempotent), for the every-minute refresh. */
    void markDirty(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        // the units and their ancestors by parent (a few index look-ups): this runs inside every writing transaction
        jdbc.sql("""
                        with recursive up (id, parent_id, kind) as (
                            select id, parent_id, kind from org_unit where id in (:ids)
                            union select o.id, o.parent_id, o.kind from org_unit o join up on o.id = up.parent_id)
                        insert into fact_dirty (commune_id, since)
                        select id, clock_timestamp() from up where kind = 'COMMUNE'
                        on conflict (commune_id) do update set since = clock_timestamp()
                        """).param("ids", unitIds).update();
    }

    /** The dirty communes and when each was last marked. */
    Map<Long, java.time.OffsetDateTime> dirty() {
        Map<Long, java.time.OffsetDateTime> m = new java.util.LinkedHashMap<>();
        jdbc.sql("select commune_id, since from fact_dirty order by since")
                .query((java.sql.ResultSet rs) -> { m.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class)); });
        return m;
    }

    void clean(long communeId, java.time.OffsetDateTime seen) {
        jdbc.sql("delete from fact_dirty where commune_id = :c and since <= :seen").param("c", communeId).param("seen", seen).update();
    }
}
