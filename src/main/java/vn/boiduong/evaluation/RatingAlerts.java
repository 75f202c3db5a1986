package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.notify.Notifications;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/**
 * The 2-consecutive-quarter alert (cảnh báo không hoàn thành nhiệm vụ 2 quý liên tiếp; seed 003 III.3: replace a
 * cadre rated "không hoàn thành" 2 consecutive quarters or more): a list for the commune leadership, and a notice
 * to the commune officers of the commune when the second such quarter is approved.
 */
@Service
public class RatingAlerts {

    /** One quarter of a flagged person's history. */
    public record HistoryItem(String period, BigDecimal score, RatingBand band, String status) {
    }

    /** A flagged person: the later quarter of the latest failing pair, and the rating history. */
    public record Alert(long personId, String fullName, String title, String unitName, String since, List<HistoryItem> history) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Notifications notifications;
    private final MessageSource messages;

    RatingAlerts(JdbcClient jdbc, AccessPolicy access, Notifications notifications, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** People of the reader's scope with "không hoàn thành" approved in 2 consecutive quarters, with their history. */
    @Transactional(readOnly = true)
    public List<Alert> list() {
        access.require(Permission.EVALUATION_READ);
        Map<Long, List<RatingRules.QuarterBand>> failures = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.person_id, r.period from rating r join org_unit o on o.id = r.org_unit_id
                        where o.path like :s || '%' and r.status = 'APPROVED' and r.band = 'KHONG_HOAN_THANH' and r.period like '%-Q_'
                        order by r.person_id
                        """).param("s", access.scopePath())
                .query((rs, n) -> failures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new RatingRules.QuarterBand(RatingPeriod.parse(rs.getString(2)).orElseThrow(), RatingBand.KHONG_HOAN_THANH)))
                .list();
        List<Alert> alerts = new ArrayList<>();
        failures.forEach((personId, quarters) -> RatingRules.consecutiveFailure(quarters).ifPresent(since -> alerts.add(alert(personId, since))));
        alerts.sort(java.util.Comparator.comparing(Alert::since).reversed().thenComparing(vn.boiduong.shared.VietnameseText.byText(Alert::unitName)));
        return alerts;
    }

    private Alert alert(long personId, RatingPeriod since) {
        var head = jdbc.sql("select p.full_name, p.title, o.name from person p join org_unit o on o.id = p.org_unit_id where p.id = :p")
                .param("p", personId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        List<HistoryItem> history = jdbc.sql("select period, score, band, status from rating where person_id = :p and period like '%-Q_' order by period desc")
                .param("p", personId).query((rs, n) -> new HistoryItem(rs.getString(1), rs.getBigDecimal(2),
                        rs.getString(3) == null ? null : RatingBand.valueOf(rs.getString(3)), rs.getString(4))).list();
        return new Alert(personId, head[0], head[1], head[2], since.toString(), history);
    }

    /**
     * After a quarter is approved: when it and the quarter before or after are both approved "không hoàn thành", the
     * commune officers of the person's commune get one notice per person and later quarter (deduped).
     */
    void afterApproval(Rating rating) {
        RatingPeriod period = RatingPeriod.parse(rating.period()).orElseThrow();
        if (!period.isQuarter() || rating.band() != RatingBand.KHONG_HOAN_THANH) {
            return;
        }
        List<RatingRules.QuarterBand> quarters = new ArrayList<>();
        jdbc.sql("select period from rating where person_id = :p and status = 'APPROVED' and band = 'KHONG_HOAN_THANH' and period like '%-Q_'")
                .param("p", rating.personId()).query(String.class).list()
                .forEach(p -> quarters.add(new RatingRules.QuarterBand(RatingPeriod.parse(p).orElseThrow(), RatingBand.KHONG_HOAN_THANH)));
        var since = RatingRules.consecutiveFailure(quarters.stream()
                .filter(q -> Math.abs(q.period().index() - period.index()) <= 1).toList());
        if (since.isEmpty()) {
            return;
        }
        String subject = messages.getMessage("rating.alert.subject", new Object[] {rating.fullName(), since.get().label()}, VI);
        String body = messages.getMessage("rating.alert.body", new Object[] {rating.fullName(), rating.unitName(),
                since.get().previous().label(), since.get().label()}, VI);
        for (long officer : communeOfficers(rating.unitPath())) {
            notifications.notifyUser(officer, subject, body, "/evaluations/ratings/alerts",
                    "rating-alert:" + rating.personId() + ":" + since.get());
        }
    }

    /** Enabled commune-officer accounts whose unit is the commune containing the unit (read side of app_user). */
    private List<Long> communeOfficers(String unitPath) {
        return jdbc.sql("""
                        select u.id from app_user u join org_unit c on c.id = u.org_unit_id
                        where u.role = 'COMMUNE_OFFICER' and u.enabled and c.kind = 'COMMUNE' and :path like c.path || '%'
                        order by u.id
                        """).param("path", unitPath).query(Long.class).list();
    }
}
