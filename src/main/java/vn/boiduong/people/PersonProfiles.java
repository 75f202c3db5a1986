package vn.boiduong.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the standards module needs of each active person, read in bulk: levels, position, flags and
 * certificates. Unchecked (no scope): callers are background recomputations that write only derived data.
 */
@Component
public class PersonProfiles {

    /** A certificate as far as the standards care: the programme and, for a specialised course, its position. */
    public record Certificate(String programCode, String forPosition) {
    }

    public record Profile(long personId, String positionCode, boolean leader, boolean affectedByReorg, String education,
                          String field, String politicalTheory, String stateManagement, String itLevel,
                          List<Certificate> certificates) {
    }

    private static final String SELECT = "select p.id, p.job_position_code, p.is_leader, p.affected_by_reorg, p.education_level, "
            + "p.education_field, p.political_theory, p.state_management, p.it_level from person p ";

    private final JdbcClient jdbc;

    PersonProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Profile> of(long personId) {
        List<Certificate> certs = jdbc.sql("select program_code, for_position from qualification where person_id = :p")
                .param("p", personId).query((rs, n) -> new Certificate(rs.getString(1), rs.getString(2))).list();
        return jdbc.sql(SELECT + "where p.id = :id and p.status = 'ACTIVE'").param("id", personId)
                .query((rs, n) -> map(rs, certs)).optional();
    }

    /** Every active person under {@code path}, in batches; certificates loaded per batch. */
    public void forEachUnder(String path, Consumer<List<Profile>> batchConsumer) {
        long after = 0;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            jdbc.sql(SELECT + "join org_unit o on o.id = p.org_unit_id where o.path like :path || '%' and p.status = 'ACTIVE' "
                            + "and p.id > :after order by p.id limit 20000")
                    .param("path", path).param("after", after)
                    .query((ResultSet rs) -> {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
                    });
            if (rows.isEmpty()) {
                return;
            }
            long first = (Long) rows.get(0)[0];
            after = (Long) rows.get(rows.size() - 1)[0];
            Map<Long, List<Certificate>> certs = new HashMap<>();
            jdbc.sql("select person_id, program_code, for_position from qualification where person_id between :a and :b")
                    .param("a", first).param("b", after)
                    .query((ResultSet rs) -> {
                        certs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Certificate(rs.getString(2), rs.getString(3)));
                    });
            List<Profile> batch = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                batch.add(new Profile((Long) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (String) r[8], certs.getOrDefault((Long) r[0], List.of())));
            }
            batchConsumer.accept(batch);
        }
    }

    private static Profile map(ResultSet rs, List<Certificate> certs) throws SQLException {
        return new Profile(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), certs);
    }
}
