package vn.boiduong.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly_report table. Rows carry the unit's name and path (joined on org_unit). */
@Repository
class ReportRepository {

    /** A row as stored; due is the frozen date once submitted (null before). */
    record Stored(long id, long unitId, String unitCode, String unitName, String unitPath, int year, String status,
                  String difficulties, String proposals, LocalDate dueBefore, OffsetDateTime submittedAt, String submittedBy,
                  OffsetDateTime reviewedAt, String reviewedBy, String returnReason, int version, boolean frozen) {
    }

    private static final String SELECT = """
            select r.id, r.org_unit_id, o.code, o.name, o.path, r.year, r.status, r.difficulties, r.proposals, r.due_before,
                   r.submitted_at, r.submitted_by, r.reviewed_at, r.reviewed_by, r.return_reason, r.version, r.snapshot is not null
            from yearly_report r join org_unit o on o.id = r.org_unit_id
            """;

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReportRepository::map).optional();
    }

    Optional<Stored> find(long unitId, int year) {
        return jdbc.sql(SELECT + " where r.org_unit_id = :u and r.year = :y").param("u", unitId).param("y", year)
                .query(ReportRepository::map).optional();
    }

    /** The reports of the given units for a year (any status). */
    List<Stored> ofUnits(List<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.org_unit_id in (:ids) and r.year = :y").param("ids", unitIds).param("y", year)
                .query(ReportRepository::map).list();
    }

    /** Creates the draft unless it exists (two officers clicking at once get the same row). */
    long insertDraft(long unitId, int year, String by) {
        jdbc.sql("insert into yearly_report (org_unit_id, year, created_by) values (:u, :y, :by) on conflict (org_unit_id, year) do nothing")
                .param("u", unitId).param("y", year).param("by", by).update();
        return find(unitId, year).orElseThrow().id();
    }

    int updateText(long id, int version, String difficulties, String proposals) {
        return jdbc.sql("""
                        update yearly_report set difficulties = :d, proposals = :p, version = version + 1
                        where id = :id and version = :v and status in ('DRAFT', 'RETURNED')
                        """)
                .param("d", difficulties).param("p", proposals).param("id", id).param("v", version).update();
    }

    int submit(long id, int version, String snapshot, byte[] docx, byte[] pdf, byte[] xlsx, LocalDate due,
               OffsetDateTime at, String by) {
        return jdbc.sql("""
                        update yearly_report set status = 'SUBMITTED', snapshot = cast(:s as jsonb), docx = :docx, pdf = :pdf,
                            xlsx = :xlsx, due_before = :due, submitted_at = :at, submitted_by = :by, reviewed_at = null,
                            reviewed_by = null, version = version + 1
                        where id = :id and version = :v and status in ('DRAFT', 'RETURNED')
                        """)
                .param("s", snapshot).param("docx", docx).param("pdf", pdf).param("xlsx", xlsx).param("due", due)
                .param("at", at).param("by", by).param("id", id).param("v", version).update();
    }

    /** ACCEPTED, or RETURNED with a reason (the snapshot is dropped: the figures become live again). */
    int review(long id, int version, String status, String reason, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        update yearly_report set status = :st, return_reason = :reason, reviewed_at = :at, reviewed_by = :by,
                            snapshot = case when :st = 'RETURNED' then null else snapshot end,
                            docx = case when :st = 'RETURNED' then null else docx end,
                            pdf = case when :st = 'RETURNED' then null else pdf end,
                            xlsx = case when :st = 'RETURNED' then null else xlsx end,
                            due_before = case when :st = 'RETURNED' then null else due_before end,
                            version = version + 1
                        where id = :id and version = :v and status = 'SUBMITTED'
                        """)
                .param("st", status).param("reason", reason).param("at", at).param("by", by).param("id", id)
                .param("v", version).update();
    }

    Optional<String> snapshot(long id) {
        return jdbc.sql("select snapshot::text from yearly_report where id = :id and snapshot is not null").param("id", id)
                .query(String.class).optional();
    }

    /** A stored file: docx, pdf or xlsx. */
    Optional<byte[]> file(long id, String kind) {
        String column = switch (kind) {
            case "docx" -> "docx";
            case "pdf" -> "pdf";
            case "xlsx" -> "xlsx";
            default -> throw new IllegalArgumentException(kind);
        };
        return jdbc.sql("select " + column + " from yearly_report where id = :id and " + column + " is not null")
                .param("id", id).query(byte[].class).optional();
    }

    private static Stored map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class),
                rs.getObject(11, OffsetDateTime.class), rs.getString(12), rs.getObject(13, OffsetDateTime.class),
                rs.getString(14), rs.getString(15), rs.getInt(16), rs.getBoolean(17));
    }
}
