package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.shared.NodeId;

/**
 * Imports on several nodes: a job whose node stopped beating is failed by the cluster-wide clean-up; a job of a live
 * node (recent beat) or one being written right now (its row locked by the writing transaction) is left alone; a node
 * that was presumed dead cannot turn a failed job back into a finished one.
 */
@IntegrationTest
class ImportJobTakeoverTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    PersonImport imports;

    @Autowired
    DataSource dataSource;

    @Test
    void onlyJobsWhoseNodeStoppedAreFailed() throws Exception {
        long dead = job("COMMITTING", "node-killed:1", "now() - interval '10 minutes'");
        long alive = job("COMMITTING", "node-alive:2", "now()");
        long writing = job("COMMITTING", "node-busy:3", "now() - interval '10 minutes'");
        long mine = job("VALIDATING", NodeId.get(), "now() - interval '10 minutes'");
        try (Connection busy = dataSource.getConnection()) { // a live writing transaction holds its job's row
            busy.setAutoCommit(false);
            try (var s = busy.prepareStatement("select id from import_job where id = ? for update")) {
                s.setLong(1, writing);
                s.executeQuery().close();
            }
            jobs.heartbeat(); // this node is alive: its own job beats again
            assertThat(imports.failAbandoned()).isGreaterThanOrEqualTo(1);
            busy.rollback();
        }
        assertThat(status(dead)).isEqualTo("FAILED");
        assertThat(jdbc.sql("select error from import_job where id = :id").param("id", dead).query(String.class).single())
                .isEqualTo("interrupted");
        assertThat(status(alive)).isEqualTo("COMMITTING");
        assertThat(status(writing)).isEqualTo("COMMITTING");
        assertThat(status(mine)).isEqualTo("VALIDATING");

        // the presumed-dead node comes back and tries to finish: the job stays failed, and it may not write
        jobs.finish(dead, "DONE", 10, 10, 0, 0, java.util.List.of(), 0, null);
        assertThat(status(dead)).isEqualTo("FAILED");
        assertThat(jobs.claim(dead)).isFalse();
        jdbc.sql("update import_job set status = 'FAILED' where id in (:ids)").param("ids", java.util.List.of(alive, writing, mine)).update();
    }

    private long job(String status, String node, String beat) {
        return jdbc.sql("insert into import_job (kind, username, scope_path, file_name, file_sha256, content, status, node, heartbeat_at) "
                        + "values ('PEOPLE', 'vhxh.phulien', '/VN/', 'thu.xlsx', 'x', '\\x00'::bytea, :s, :n, " + beat + ") returning id")
                .param("s", status).param("n", node).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from import_job where id = :id").param("id", id).query(String.class).single();
    }
}
