package vn.boiduong.evaluation;

import vn.boiduong.shared.VietnameseText;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Read models of ratings: a unit's staff by quarter, the approval queue, the units of the scope; always scoped. */
@Service
public class RatingQueries {

    /** A person of the unit with their rating for the period, if any. */
    public record StaffLine(long personId, String fullName, String title, Long ratingId, String status, BigDecimal selfScore,
                            BigDecimal score, RatingBand band, Integer version) {
    }

    /** A unit (agency) of the scope with its number of active people. */
    public record Unit(long id, String name, String path, long people) {
    }

    private final JdbcClient jdbc;
    private final RatingRepository ratings;
    private final AccessPolicy access;

    RatingQueries(JdbcClient jdbc, RatingRepository ratings, AccessPolicy access) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.access = access;
    }

    /** Units of the reader's scope that have people (for a unit head: their own agency). */
    @Transactional(readOnly = true)
    public List<Unit> units() {
        access.require(Permission.EVALUATION_READ);
        return jdbc.sql("""
                        select o.id, o.name, o.path, count(p.id) from org_unit o join person p on p.org_unit_id = o.id and p.status = 'ACTIVE'
                        where o.path like :s || '%' group by o.id, o.name, o.path order by o.path limit 500
                        """).param("s", access.scopePath())
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list()
                .stream().sorted(VietnameseText.byText(Unit::name)).toList();
    }

    @Transactional(readOnly = true)
    public Unit unit(long unitId) {
        Unit u = jdbc.sql("select o.id, o.name, o.path, (select count(*) from person p where p.org_unit_id = o.id and p.status = 'ACTIVE') "
                        + "from org_unit o where o.id = :id").param("id", unitId)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).optional()
                .orElseThrow(() -> new Problems.NotFound("unit", unitId));
        access.require(Permission.EVALUATION_READ, u.path());
        return u;
    }

    /** The active staff of a unit with their rating for the quarter (status, self score, current score and band). */
    @Transactional(readOnly = true)
    public List<StaffLine> unitQuarter(long unitId, RatingPeriod period) {
        unit(unitId);
        return jdbc.sql("""
                        select p.id, p.full_name, p.title, r.id, r.status, r.self_score, r.score, r.band, r.version
                        from person p left join rating r on r.person_id = p.id and r.period = :period
                        where p.org_unit_id = :u and (p.status = 'ACTIVE' or r.id is not null) order by p.sort_key
                        """).param("u", unitId).param("period", period.toString())
                .query((rs, n) -> new StaffLine(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8) == null ? null : RatingBand.valueOf(rs.getString(8)),
                        (Integer) rs.getObject(9))).list();
    }

    /** Quarterly ratings waiting for approval in the scope: reviewed ones, and leaders' self-assessments. */
    @Transactional(readOnly = true)
    public List<Rating> queue() {
        access.require(Permission.EVALUATION_APPROVE);
        return jdbc.sql(RatingRepository.SELECT + """
                        where o.path like :s || '%' and r.period like '%-Q_'
                          and (r.status = 'REVIEWED' or (r.status = 'SELF' and p.is_leader))
                        order by r.period, o.path, p.sort_key limit 1000
                        """).param("s", access.scopePath()).query(ratings::map).list();
    }

    /** Self-assessments of the scope waiting for the head's review (never one's own), oldest quarter first. */
    @Transactional(readOnly = true)
    public List<Rating> toReview() {
        access.require(Permission.EVALUATE);
        Long me = access.currentUser().personId();
        return jdbc.sql(RatingRepository.SELECT + """
                        where o.path like :s || '%' and r.period like '%-Q_' and r.status = 'SELF' and r.person_id <> :me
                        order by r.period, o.path, p.sort_key limit 1000
                        """).param("s", access.scopePath()).param("me", me == null ? -1L : me).query(ratings::map).list();
    }

    /** Unchecked: callers have authorised reading the person's ratings. */
    String personUnitPath(long personId) {
        return jdbc.sql("select o.path from person p join org_unit o on o.id = p.org_unit_id where p.id = :p").param("p", personId)
                .query(String.class).single();
    }

    /** Unchecked: callers have authorised reading the person's ratings. */
    String personName(long personId) {
        return jdbc.sql("select full_name from person where id = :p").param("p", personId).query(String.class).single();
    }

    /** People of the scope for the discipline form, in list order. */
    @Transactional(readOnly = true)
    public List<String[]> peopleInScope() {
        access.require(Permission.EVALUATION_APPROVE);
        return jdbc.sql("""
                        select p.id, p.full_name || ' — ' || o.name from person p join org_unit o on o.id = p.org_unit_id
                        where o.path like :s || '%' and p.status = 'ACTIVE' order by p.sort_key, o.path limit 3000
                        """).param("s", access.scopePath()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }
}
