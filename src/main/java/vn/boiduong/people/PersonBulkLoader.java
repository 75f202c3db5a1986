package vn.boiduong.people;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.shared.VietnameseText;

/**
 * Writes many personnel files at once with PostgreSQL {@code COPY} (ids reserved from the sequence first, so
 * work history rows can point at them). Runs inside the caller's transaction: all or nothing.
 */
@Component
public class PersonBulkLoader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonBulkLoader.class);

    private static final int CHUNK = 5_000;
    private static final String PERSON_COLUMNS = "id, personnel_code, full_name, family_name, middle_name, given_name, "
            + "search_name, sort_key, birth_date, gender, ethnicity_code, ethnicity_system, citizen_id, party_member_since, "
            + "staff_kind, is_leader, title, job_position_code, rank_code, education_level, education_field, "
            + "political_theory, state_management, it_level, language_level, sci_tech_background, "
            + "party_committee_member, affected_by_reorg, joined_on, org_unit_id";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PersonBulkLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Inserts the people and their assignments; returns the new ids in input order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long[] load(List<NewPerson> people) {
        long t0 = System.nanoTime();
        long build = 0;
        long copyPeople = 0;
        long[] ids = new long[people.size()];
        for (int start = 0; start < people.size(); start += CHUNK) {
            List<NewPerson> chunk = people.subList(start, Math.min(people.size(), start + CHUNK));
            List<Long> reserved = jdbc.sql("select nextval('person_id_seq') from generate_series(1, :n)")
                    .param("n", chunk.size()).query(Long.class).list();
            long b0 = System.nanoTime();
            StringBuilder persons = new StringBuilder(chunk.size() * 400);
            StringBuilder assignments = new StringBuilder(chunk.size() * 200);
            for (int i = 0; i < chunk.size(); i++) {
                long id = reserved.get(i);
                ids[start + i] = id;
                appendPerson(persons, id, chunk.get(i));
                appendAssignments(assignments, id, chunk.get(i));
            }
            long b1 = System.nanoTime();
            build += b1 - b0;
            copy("copy person (" + PERSON_COLUMNS + ") from stdin with (format csv)", persons);
            copyPeople += System.nanoTime() - b1;
            copy("copy assignment (person_id, org_unit_id, job_position_code, title, from_date, to_date, note) "
                    + "from stdin with (format csv)", assignments);
        }
        if (people.size() >= 1_000) {
            log.debug("Bulk load of {}: {} ms building rows, {} ms COPY person, {} ms in all", people.size(), build / 1_000_000,
                    copyPeople / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
        }
        return ids;
    }

    /** The rows as {@code COPY person … (format csv)} takes them, ids from {@code firstId} on (for benchmarks). */
    public static void writeCsv(long firstId, List<NewPerson> people, StringBuilder out) {
        for (int i = 0; i < people.size(); i++) {
            appendPerson(out, firstId + i, people.get(i));
        }
    }

    public static String columns() {
        return PERSON_COLUMNS;
    }

    private void copy(String sql, StringBuilder data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void appendPerson(StringBuilder sb, long id, NewPerson p) {
        String full = p.name().full();
        csv(sb, id, p.personnelCode(), full, p.name().family(), p.name().middle(), p.name().given(),
                VietnameseText.searchKey(full), "\\x" + HexFormat.of().formatHex(VietnameseText.nameSortKey(p.name())),
                p.birthDate(), p.gender(), p.ethnicityCode(), "QD1019_2008", p.citizenId(), p.partyMemberSince(),
                p.staffKind(), p.leader(), p.title(), p.jobPositionCode(), p.rankCode(), p.educationLevel(),
                p.educationField(), p.politicalTheory(), p.stateManagement(), p.itLevel(), p.languageLevel(),
                p.sciTechBackground(), p.partyCommitteeMember(), p.affectedByReorg(), p.joinedOn(), p.orgUnitId());
    }

    private static void appendAssignments(StringBuilder sb, long id, NewPerson p) {
        LocalDate currentFrom = p.joinedOn();
        for (NewPerson.PastAssignment past : p.history()) {
            csv(sb, id, past.orgUnitId(), null, past.title(), past.from(), past.to(), past.note());
            if (past.to() != null && (currentFrom == null || past.to().isAfter(currentFrom))) {
                currentFrom = past.to().plusDays(1);
            }
        }
        csv(sb, id, p.orgUnitId(), p.jobPositionCode(), p.title(), currentFrom == null ? LocalDate.now() : currentFrom, null, null);
    }

    private static void csv(StringBuilder sb, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue; // empty unquoted field = NULL
            }
            String s = v.toString();
            if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append('\n');
    }
}
