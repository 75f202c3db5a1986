package vn.boiduong.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.shared.NodeId;

@Repository
class ImportJobRepository {

    static final int MAX_STORED_PROBLEMS = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long create(String kind, String username, String scopePath, String fileName, String sha256, byte[] content) {
        return jdbc.sql("insert into import_job (kind, username, scope_path, file_name, file_sha256, content, status, node, heartbeat_at) "
                        + "values (:k, :u, :s, :f, :h, :c, 'VALIDATING', :node, now()) returning id")
                .param("k", kind).param("u", username).param("s", scopePath).param("f", fileName).param("h", sha256)
                .param("c", content).param("node", NodeId.get()).query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select id, username, scope_path, file_name, status, total_rows, processed_rows, new_rows, updated_rows, "
                        + "unchanged_rows, problems, error, created_at, finished_at from import_job where id = :id")
                .param("id", id).query(this::map).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from import_job where id = :id").param("id", id).query(byte[].class).single();
    }

    void progress(long id, int total, int processed) {
        jdbc.sql("update import_job set total_rows = :t, processed_rows = :p where id = :id")
                .param("t", total).param("p", processed).param("id", id).update();
    }

    /** Moves a job from one status to the next; false if it was not in {@code from}. */
    boolean transition(long id, String from, String to) {
        return jdbc.sql("update import_job set status = :to, processed_rows = 0, node = :node, heartbeat_at = now() "
                        + "where id = :id and status = :from")
                .param("to", to).param("id", id).param("from", from).param("node", NodeId.get()).update() == 1;
    }

    /**
     * Takes the job for this node's writing transaction: the row stays locked until that transaction ends, so no other
     * node can fail it as abandoned meanwhile. False if it is no longer being committed (failed as abandoned).
     */
    boolean claim(long id) {
        return jdbc.sql("update import_job set node = :node, heartbeat_at = now() where id = :id and status = 'COMMITTING'")
                .param("node", NodeId.get()).param("id", id).update() == 1;
    }

    /** This node is alive: its running jobs beat (rows locked by a writing transaction are alive anyway and skipped). */
    int heartbeat() {
        return jdbc.sql("update import_job set heartbeat_at = now() where id in (select id from import_job where node = :node "
                        + "and status in ('VALIDATING', 'COMMITTING') for update skip locked)")
                .param("node", NodeId.get()).update();
    }

    void finish(long id, String status, int total, int newRows, int updated, int unchanged,
                List<ImportJob.RowProblem> problems, int problemCount, String error) {
        List<ImportJob.RowProblem> stored = problems.size() > MAX_STORED_PROBLEMS ? problems.subList(0, MAX_STORED_PROBLEMS) : problems;
        jdbc.sql("update import_job set status = :s, total_rows = :t, processed_rows = :t, new_rows = :n, updated_rows = :u, "
                        + "unchanged_rows = :same, problems = cast(:p as jsonb), error = :e, finished_at = now() "
                        + "where id = :id and status in ('VALIDATING', 'COMMITTING')") // a job failed as abandoned stays failed
                .param("s", status).param("t", total).param("n", newRows).param("u", updated).param("same", unchanged)
                .param("p", json.writeValueAsString(new Stored(stored, problemCount))).param("e", error).param("id", id).update();
    }

    /**
     * Jobs whose node stopped beating {@code staleSeconds} ago are failed, so no one waits on them forever. A job whose
     * row is locked is being written right now by a live transaction and is skipped.
     */
    int failAbandoned(long staleSeconds) {
        return jdbc.sql("update import_job set status = 'FAILED', error = 'interrupted', finished_at = now() where id in ("
                        + "select id from import_job where status in ('VALIDATING', 'COMMITTING') and (heartbeat_at is null "
                        + "or heartbeat_at < now() - make_interval(secs => :stale)) for update skip locked)")
                .param("stale", staleSeconds).update();
    }

    record Stored(List<ImportJob.RowProblem> items, int count) {
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        String p = rs.getString("problems");
        Stored stored = p == null ? new Stored(List.of(), 0) : json.readValue(p, new TypeReference<Stored>() { });
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getLong("id"), rs.getString("username"), rs.getString("scope_path"), rs.getString("file_name"),
                rs.getString("status"), rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("new_rows"),
                rs.getInt("updated_rows"), rs.getInt("unchanged_rows"), stored.items(), stored.count(), rs.getString("error"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
