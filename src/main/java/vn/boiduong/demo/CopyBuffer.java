package vn.boiduong.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for one table, streamed to PostgreSQL {@code COPY … (format csv)} in chunks of a few megabytes on the caller's
 * transaction connection, so memory stays flat however many rows a province has. Without a data source it only
 * counts (a dry run).
 */
final class CopyBuffer {

    private static final int FLUSH_AT = 4 << 20;

    private final DataSource dataSource;
    private final String sql;
    private final StringBuilder sb = new StringBuilder(FLUSH_AT + 4096);
    private long rows;
    private CopyBuffer parent;

    CopyBuffer(DataSource dataSource, String table, String columns) {
        this.dataSource = dataSource;
        this.sql = "copy " + table + " (" + columns + ") from stdin with (format csv)";
    }

    /** Rows that reference {@code referenced} (a foreign key): its pending rows are sent first. */
    CopyBuffer after(CopyBuffer referenced) {
        this.parent = referenced;
        return this;
    }

    long rows() {
        return rows;
    }

    void row(Object... values) {
        rows++;
        if (dataSource == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue; // an empty unquoted field is NULL
            }
            String s = v.toString();
            if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append('\n');
        if (sb.length() >= FLUSH_AT) {
            flush();
        }
    }

    void flush() {
        if (dataSource == null || sb.length() == 0) {
            return;
        }
        if (parent != null) {
            parent.flush();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(sb.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        sb.setLength(0);
    }
}
