package vn.boiduong.standards;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The derived gap table: replaced per person or per subtree, written with COPY. */
@Repository
class GapStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    GapStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void deletePerson(long personId) {
        jdbc.sql("delete from person_gap where person_id = :p").param("p", personId).update();
    }

    /** Removes the gaps of everyone under {@code path} (people who left included). */
    int deleteUnder(String path) {
        if (path.equals("/VN/")) {
            jdbc.sql("truncate person_gap").update(); // transactional in PostgreSQL, and leaves no dead rows behind
            return 0;
        }
        return jdbc.sql("delete from person_gap g using person p, org_unit o where g.person_id = p.id and o.id = p.org_unit_id "
                + "and o.path like :p || '%'").param("p", path).update();
    }

    void write(long personId, List<Evaluation> evaluations) {
        StringBuilder csv = new StringBuilder();
        append(csv, personId, evaluations);
        copy(csv);
    }

    static void append(StringBuilder csv, long personId, List<Evaluation> evaluations) {
        for (Evaluation e : evaluations) {
            if (!e.met()) {
                csv.append(personId).append(',').append(e.requirement().id()).append(',').append(e.category().name())
                        .append(',').append(e.priority()).append(',')
                        .append(e.closingProgram() == null ? "" : e.closingProgram()).append('\n');
            }
        }
    }

    void copy(StringBuilder csv) {
        if (csv.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy person_gap (person_id, requirement_id, category, priority, closing_program) from stdin with (format csv)",
                    new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY person_gap failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
