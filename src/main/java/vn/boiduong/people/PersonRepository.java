package vn.boiduong.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.boiduong.shared.NameSearch;
import vn.boiduong.shared.VietnameseText;

@Repository
class PersonRepository {

    static final String COLUMNS = "p.id, p.personnel_code, p.full_name, p.birth_date, p.gender, p.ethnicity_code, "
            + "p.ethnicity_system, p.citizen_id, p.party_member_since, p.staff_kind, p.is_leader, p.title, "
            + "p.job_position_code, p.rank_code, p.education_level, p.education_field, p.political_theory, "
            + "p.state_management, p.it_level, p.language_level, p.sci_tech_background, p.party_committee_member, "
            + "p.affected_by_reorg, p.joined_on, p.org_unit_id, o.name as unit_name, o.path as unit_path, p.status, p.left_on, p.leave_reason, p.version";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from person p join org_unit o on o.id = p.org_unit_id where p.id = :id")
                .param("id", id).query(PersonRepository::map).optional();
    }

    List<Person> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from person p join org_unit o on o.id = p.org_unit_id where p.id in (:ids)")
                .param("ids", ids).query(PersonRepository::map).list();
    }

    /** One page of people under {@code path}, in Vietnamese name order, optionally matching a name without accents. */
    List<Person> page(PersonQuery query, String path, int offset, int limit) {
        NameSearch search = NameSearch.of(query.text());
        String rank = search.isEmpty() ? "" : NameSearch.rank("p.search_name", "p.full_name", "p.personnel_code") + ", ";
        return jdbc.sql("select " + COLUMNS + " from person p join org_unit o on o.id = p.org_unit_id "
                        + where(search) + " order by " + rank + "p.sort_key, p.id limit :limit offset :offset")
                .params(params(query, path, search)).param("limit", limit).param("offset", offset)
                .query(PersonRepository::map).list();
    }

    long count(PersonQuery query, String path) {
        NameSearch search = NameSearch.of(query.text());
        return jdbc.sql("select count(*) from person p join org_unit o on o.id = p.org_unit_id " + where(search))
                .params(params(query, path, search)).query(Long.class).single();
    }

    List<Assignment> assignments(long personId) {
        return jdbc.sql("select a.id, a.org_unit_id, o.name, a.job_position_code, a.title, a.from_date, a.to_date, a.note "
                        + "from assignment a join org_unit o on o.id = a.org_unit_id where a.person_id = :p order by a.from_date desc")
                .param("p", personId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), toLocal(rs.getDate(7)), rs.getString(8)))
                .list();
    }

    Optional<Long> idByCode(String code) {
        return jdbc.sql("select id from person where personnel_code = :c").param("c", code).query(Long.class).optional();
    }

    Optional<Long> idByCitizenId(String citizenId) {
        return jdbc.sql("select id from person where citizen_id = :c").param("c", citizenId).query(Long.class).optional();
    }

    /** Next free personnel code of a commune: "11446-0123". Callers hold the commune's lock. */
    String nextCode(String communeCode) {
        Integer max = jdbc.sql("select max(cast(substr(personnel_code, length(:c) + 2) as integer)) from person "
                        + "where personnel_code ~ ('^' || :c || '-[0-9]{1,6}$')")
                .param("c", communeCode).query(Integer.class).single();
        return String.format("%s-%04d", communeCode, (max == null ? 0 : max) + 1);
    }

    void lockCommune(String communeCode) {
        jdbc.sql("select pg_advisory_xact_lock(727002, cast(:c as integer))").param("c", communeCode).query().singleRow();
    }

    /** Writes the file's fields; false when the version moved on (someone else saved first). */
    boolean update(long id, int version, NewPerson p, String username) {
        String full = p.name().full();
        return jdbc.sql("update person set full_name = :full, family_name = :family, middle_name = :middle, "
                        + "given_name = :given, search_name = :search, sort_key = :sort, birth_date = :birth, "
                        + "gender = :gender, ethnicity_code = :eth, citizen_id = :cid, party_member_since = :party, "
                        + "staff_kind = :kind, is_leader = :leader, title = :title, job_position_code = :pos, "
                        + "rank_code = :rank, education_level = :edu, education_field = :field, "
                        + "political_theory = :theory, state_management = :qlnn, it_level = :it, language_level = :lang, "
                        + "sci_tech_background = :sci, party_committee_member = :committee, affected_by_reorg = :reorg, "
                        + "joined_on = :joined, org_unit_id = :unit, version = version + 1, updated_at = now(), "
                        + "updated_by = :by where id = :id and version = :version")
                .param("full", full).param("family", p.name().family()).param("middle", p.name().middle())
                .param("given", p.name().given()).param("search", VietnameseText.searchKey(full))
                .param("sort", VietnameseText.nameSortKey(p.name())).param("birth", p.birthDate())
                .param("gender", p.gender()).param("eth", p.ethnicityCode()).param("cid", p.citizenId())
                .param("party", p.partyMemberSince()).param("kind", p.staffKind()).param("leader", p.leader())
                .param("title", p.title()).param("pos", p.jobPositionCode()).param("rank", p.rankCode())
                .param("edu", p.educationLevel()).param("field", p.educationField()).param("theory", p.politicalTheory())
                .param("qlnn", p.stateManagement()).param("it", p.itLevel()).param("lang", p.languageLevel())
                .param("sci", p.sciTechBackground()).param("committee", p.partyCommitteeMember())
                .param("reorg", p.affectedByReorg()).param("joined", p.joinedOn()).param("unit", p.orgUnitId())
                .param("by", username).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Closes the open assignment the day before {@code from} and opens the new position (transfers keep history). */
    void reassign(long personId, long unitId, String position, String title, LocalDate from) {
        jdbc.sql("update assignment set to_date = :end where person_id = :p and to_date is null")
                .param("end", from.minusDays(1)).param("p", personId).update();
        jdbc.sql("insert into assignment (person_id, org_unit_id, job_position_code, title, from_date) values (:p, :u, :pos, :t, :f)")
                .param("p", personId).param("u", unitId).param("pos", position).param("t", title).param("f", from).update();
    }

    void retitle(long personId, String position, String title) {
        jdbc.sql("update assignment set job_position_code = :pos, title = :t where person_id = :p and to_date is null")
                .param("pos", position).param("t", title).param("p", personId).update();
    }

    boolean leave(long id, int version, String status, LocalDate on, String reason, String username) {
        int n = jdbc.sql("update person set status = :s, left_on = :on, leave_reason = :r, version = version + 1, "
                        + "updated_at = now(), updated_by = :by where id = :id and version = :v")
                .param("s", status).param("on", on).param("r", reason).param("by", username).param("id", id).param("v", version)
                .update();
        if (n == 1 && !"ACTIVE".equals(status)) {
            jdbc.sql("update assignment set to_date = :on where person_id = :p and to_date is null").param("on", on).param("p", id).update();
        }
        return n == 1;
    }

    /** Job-position codes and titles in use under a path (for the position filter). */
    java.util.Map<String, String> positionTitles(java.util.Collection<String> codes) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select job_position_code, min(title) from person where job_position_code in (:c) and title is not null group by 1")
                .param("c", codes).query((java.sql.ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    List<String[]> positionsUnder(String path) {
        return jdbc.sql("select p.job_position_code, min(p.title) from person p join org_unit o on o.id = p.org_unit_id "
                        + "where o.path like :p || '%' and p.job_position_code is not null group by 1 order by 2")
                .param("p", path).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    List<Qualification> qualifications(long personId) {
        return jdbc.sql("select id, person_id, program_code, for_position, certificate_no, issued_on, issuer, source "
                        + "from qualification where person_id = :p order by issued_on desc")
                .param("p", personId)
                .query((rs, n) -> new Qualification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8)))
                .list();
    }

    long insertQualification(long personId, String program, String forPosition, String number, LocalDate issuedOn,
                             String issuer, String source) {
        return jdbc.sql("insert into qualification (person_id, program_code, for_position, certificate_no, issued_on, issuer, source) "
                        + "values (:p, :prog, :pos, :no, :on, :issuer, :src) returning id")
                .param("p", personId).param("prog", program).param("pos", forPosition).param("no", number)
                .param("on", issuedOn).param("issuer", issuer).param("src", source).query(Long.class).single();
    }

    long countAll() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    /** The filters; a name search matches the name without accents anywhere or the file code by its start, in any case. */
    private static String where(NameSearch search) {
        return "where o.path like :path || '%' "
                + (search.isEmpty() ? "" : "and " + NameSearch.condition("p.search_name", "p.personnel_code") + " ")
                + "and (cast(:kind as text) is null or p.staff_kind = :kind) "
                + "and (cast(:leader as boolean) is null or p.is_leader = :leader) "
                + "and (cast(:status as text) is null or p.status = :status) "
                + "and (cast(:gender as text) is null or p.gender = :gender) "
                + "and (cast(:position as text) is null or p.job_position_code = :position) "
                + "and (cast(:education as text) is null or p.education_level = :education) "
                + "and (cast(:theory as text) is null or p.political_theory = :theory) "
                + "and (cast(:qlnn as text) is null or p.state_management = :qlnn) "
                + "and (cast(:bornAfter as date) is null or p.birth_date > :bornAfter) "
                + "and (cast(:bornBefore as date) is null or p.birth_date <= :bornBefore)";
    }

    private static java.util.Map<String, Object> params(PersonQuery query, String path, NameSearch search) {
        java.util.Map<String, Object> m = new java.util.HashMap<>(search.params());
        m.put("path", path);
        m.put("kind", query.staffKind());
        m.put("leader", query.leader());
        m.put("status", query.status());
        m.put("gender", query.gender());
        m.put("position", query.position());
        m.put("education", query.education());
        m.put("theory", query.politicalTheory());
        m.put("qlnn", query.stateManagement());
        int[] ages = query.ages();
        LocalDate today = LocalDate.now();
        // age in [min, max): born after today − max years and on or before today − min years
        m.put("bornAfter", ages == null ? null : today.minusYears(ages[1]));
        m.put("bornBefore", ages == null ? null : today.minusYears(ages[0]));
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
                rs.getString("unit_path"), rs.getString("status"), toLocal(rs.getDate("left_on")),
                rs.getString("leave_reason"), rs.getInt("version"));
    }
}
