package vn.boiduong.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/** Indicator sets per title (bộ chỉ số theo chức danh): read by everyone signed in, changed by province and ministry, versioned. */
@Service
public class RatingIndicators {

    /** An indicator as typed on the form or sent to the API; a row with no name is dropped. */
    public record IndicatorInput(String code, String group, String name, String weight) {
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final String SET = "select id, applies_to, version, source_ref, valid_from, valid_to, changed_by from rating_indicator_set ";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;

    RatingIndicators(JdbcClient jdbc, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<IndicatorSet> current() {
        return jdbc.sql(SET + "where valid_to is null order by case applies_to when 'LANH_DAO' then 0 when 'CHUYEN_MON' then 1 "
                + "when 'HO_TRO' then 2 else 3 end, applies_to").query(this::map).list();
    }

    @Transactional(readOnly = true)
    public List<IndicatorSet> history(String appliesTo) {
        return jdbc.sql(SET + "where applies_to = :a order by version desc").param("a", appliesTo).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public IndicatorSet byId(long id) {
        return jdbc.sql(SET + "where id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new Problems.NotFound("indicatorSet", id));
    }

    /** The current set for a person: their job position's own set, else their position's group, else leaders or specialists. */
    @Transactional(readOnly = true)
    public IndicatorSet forPerson(long personId) {
        return jdbc.sql("""
                        select s.id, s.applies_to, s.version, s.source_ref, s.valid_from, s.valid_to, s.changed_by
                        from rating_indicator_set s join person p on p.id = :p left join job_position j on j.code = p.job_position_code
                        where s.valid_to is null
                          and s.applies_to in (p.job_position_code, j.grp, case when p.is_leader then 'LANH_DAO' else 'CHUYEN_MON' end)
                        order by case when s.applies_to = p.job_position_code then 0 when s.applies_to = j.grp then 1 else 2 end limit 1
                        """)
                .param("p", personId).query(this::map).optional().orElseThrow(() -> new Problems.NotFound("indicatorSet", personId));
    }

    /**
     * Replaces the current set of a title with a new version (or creates the first set of a job position). The
     * expected version guards against two editors at once.
     */
    @Transactional
    public long change(String appliesTo, List<IndicatorInput> input, int expectedVersion) {
        access.require(Permission.EVALUATION_CONFIG);
        String target = appliesTo == null ? "" : appliesTo.strip();
        var problems = Problems.collect();
        boolean known = IndicatorSet.TITLE_GROUPS.contains(target)
                || jdbc.sql("select count(*) from job_position where code = :c").param("c", target).query(Long.class).single() > 0;
        if (!known) {
            problems.add("appliesTo", "validation.unknownCode", target, "LANH_DAO, CHUYEN_MON, HO_TRO, CV_NOI_VU");
        }
        List<IndicatorSet.Indicator> rows = check(input, problems);
        problems.throwIfAny();
        IndicatorSet before = jdbc.sql(SET + "where applies_to = :a and valid_to is null").param("a", target).query(this::map).optional().orElse(null);
        int currentVersion = before == null ? 0 : before.version();
        if (currentVersion != expectedVersion) {
            throw new Problems.ConcurrentChange("indicatorSet", target);
        }
        String by = access.currentUser().username();
        if (before != null && jdbc.sql("update rating_indicator_set set valid_to = now() where id = :id and valid_to is null")
                .param("id", before.id()).update() != 1) {
            throw new Problems.ConcurrentChange("indicatorSet", target);
        }
        long id = jdbc.sql("insert into rating_indicator_set (applies_to, version, source_ref, changed_by) values (:a, :v, :s, :by) returning id")
                .param("a", target).param("v", currentVersion + 1)
                .param("s", before == null ? vn.boiduong.shared.SourceDocuments.CTR_17 + ", mục III.3 (4 nhóm chỉ số); NĐ 335/2025/NĐ-CP" : before.sourceRef())
                .param("by", by).query(Long.class).single();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            jdbc.sql("insert into rating_indicator (set_id, code, grp, name, weight, position) values (:s, :c, :g, :n, :w, :p)")
                    .param("s", id).param("c", r.code()).param("g", r.group()).param("n", r.name()).param("w", r.weight())
                    .param("p", i + 1).update();
        }
        audit.record(before == null ? "CREATE" : "UPDATE", "rating_indicator_set", id, "/VN/",
                before == null ? null : describe(before), describe(byId(id)), null);
        return id;
    }

    private static List<IndicatorSet.Indicator> check(List<IndicatorInput> input, Problems.Collector problems) {
        List<IndicatorSet.Indicator> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (IndicatorInput in : input == null ? List.<IndicatorInput>of() : input) {
            String name = in.name() == null ? "" : VietnameseText.clean(in.name());
            if (name.isEmpty()) {
                continue;
            }
            String label = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            String code = in.code() == null ? "" : in.code().strip().toUpperCase(java.util.Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                problems.add(label + " — mã", "rating.indicator.code");
            } else if (!codes.add(code)) {
                problems.add(label + " — mã", "rating.indicator.duplicate", code);
            }
            if (in.group() == null || !IndicatorSet.GROUPS.contains(in.group())) {
                problems.add(label + " — nhóm", "validation.unknownCode", String.valueOf(in.group()), String.join(", ", IndicatorSet.GROUPS));
            }
            if (name.length() > 300) {
                problems.add(label + " — tên", "validation.tooLong", 300);
            }
            Integer weight = RatingValues.parse(in.weight());
            if (weight == null || weight < 1 || weight > 100) {
                problems.add(label + " — trọng số", "rating.indicator.weight", String.valueOf(in.weight()));
            } else {
                sum += weight;
            }
            rows.add(new IndicatorSet.Indicator(code, in.group(), name, weight == null ? 0 : weight));
        }
        if (rows.isEmpty()) {
            problems.add("indicators", "validation.required");
        } else if (problems.isEmpty() && sum != 100) {
            problems.add("indicators", "rating.indicator.sum", sum);
        }
        if (problems.isEmpty()) {
            Set<String> groups = new HashSet<>();
            rows.forEach(r -> groups.add(r.group()));
            if (groups.size() < IndicatorSet.GROUPS.size()) {
                problems.add("indicators", "rating.indicator.groups");
            }
        }
        return rows;
    }

    private IndicatorSet map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        List<IndicatorSet.Indicator> indicators = jdbc.sql("select code, grp, name, weight from rating_indicator where set_id = :s order by position")
                .param("s", id).query((r, i) -> new IndicatorSet.Indicator(r.getString(1), r.getString(2), r.getString(3), r.getInt(4))).list();
        return new IndicatorSet(id, rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7), indicators);
    }

    private static Map<String, Object> describe(IndicatorSet s) {
        return AuditSnapshot.of(s);
    }
}
