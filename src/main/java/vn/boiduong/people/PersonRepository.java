package vn.boiduong.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.boiduong.shared.VietnameseText;

@Repository
class PersonRepository {

    static final String COLUMNS = "p.id, p.personnel_code, p.full_name, p.birth_date, p.gender, p.ethnicity_code, "
            + "p.ethnicity_system, p.citizen_id, p.party_member_since, p.staff_kind, p.is_leader, p.title, "
            + "p.job_position_code, p.rank_code, p.education_level, p.education_field, p.political_theory, "
            + "p.state_management, p.it_level, p.language_level, p.sci_tech_background, p.party_committee_member, "
            + "p.affected_by_reorg, p.joined_on, p.org_unit_id, o.name as unit_name, o.path as unit_path, p.status, p.version";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from person p join org_unit o on o.id = p.org_unit_id where p.id = :id")
                .param("id", id).query(PersonRepository::map).optional();
    }

    /** One page of people under {@code path}, in Vietnamese name order, optionally matching a name without accents. */
    List<Person> page(PersonQuery query, String path, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from person p join org_unit o on o.id = p.org_unit_id "
                        + where() + " order by p.sort_key, p.id limit :limit offset :offset")
                .params(params(query, path)).param("limit", limit).param("offset", offset)
                .query(PersonRepository::map).list();
    }

    long count(PersonQuery query, String path) {
        return jdbc.sql("select count(*) from person p join org_unit o on o.id = p.org_unit_id " + where())
                .params(params(query, path)).query(Long.class).single();
    }

    List<Assignment> assignments(long personId) {
        return jdbc.sql("select a.id, a.org_unit_id, o.name, a.job_position_code, a.title, a.from_date, a.to_date, a.note "
                        + "from assignment a join org_unit o on o.id = a.org_unit_id where a.person_id = :p order by a.from_date desc")
                .param("p", personId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), toLocal(rs.getDate(7)), rs.getString(8)))
                .list();
    }

    long countAll() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private static String where() {
        return "where o.path like :path || '%' "
                + "and (:q = '' or p.search_name like '%' || :q || '%' or p.personnel_code = :code) "
                + "and (cast(:kind as text) is null or p.staff_kind = :kind) "
                + "and (cast(:leader as boolean) is null or p.is_leader = :leader) "
                + "and (cast(:status as text) is null or p.status = :status)";
    }

    private static java.util.Map<String, Object> params(PersonQuery query, String path) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("path", path);
        m.put("q", VietnameseText.searchKey(query.text()));
        m.put("code", query.text() == null ? "" : query.text().strip());
        m.put("kind", query.staffKind());
        m.put("leader", query.leader());
        m.put("status", query.status());
        return m;
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("personnel_code"), rs.getString("full_name"),
                rs.getDate("birth_date").toLocalDate(), rs.getString("gender"), rs.getString("ethnicity_code"),
                rs.getString("ethnicity_system"), rs.getString("citizen_id"), toLocal(rs.getDate("party_member_since")),
                rs.getString("staff_kind"), rs.getBoolean("is_leader"), rs.getString("title"),
                rs.getString("job_position_code"), rs.getString("rank_code"), rs.getString("education_level"),
                rs.getString("education_field"), rs.getString("political_theory"), rs.getString("state_management"),
                rs.getString("it_level"), rs.getString("language_level"), rs.getBoolean("sci_tech_background"),
                rs.getBoolean("party_committee_member"), rs.getBoolean("affected_by_reorg"),
                toLocal(rs.getDate("joined_on")), rs.getLong("org_unit_id"), rs.getString("unit_name"),
                rs.getString("unit_path"), rs.getString("status"), rs.getInt("version"));
    }
}
