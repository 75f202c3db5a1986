package vn.boiduong.demo;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;

/**
 * Loads the demo province on first start (marker row in {@code demo_load}) and prints the demo logins. Runs once
 * every bean is ready but before the web server opens, so the first request already finds the demo accounts.
 */
@Component
class DemoLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final String PASSWORD = "BoiDuong@2026";

    /** A demo account; {@code position} links it to the first person holding that position in the unit's commune. */
    record DemoUser(String username, String fullName, Role role, String unitCode, String position) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin.bonoivu", "Quản trị Bộ Nội vụ", Role.MINISTRY_ADMIN, "VN", null),
            new DemoUser("sonoivu.haiphong", "Cán bộ Sở Nội vụ Hải Phòng", Role.PROVINCE_OFFICER, "31", null),
            new DemoUser("vhxh.phulien", "Cán bộ Phòng VH-XH phường Phù Liễn", Role.COMMUNE_OFFICER, "11446", null),
            new DemoUser("vhxh.viethoa", "Cán bộ Phòng VH-XH phường Việt Hòa", Role.COMMUNE_OFFICER, "10543", null),
            new DemoUser("truongphong.phulien", null, Role.UNIT_HEAD, "11446-VHXH", "TRUONG_PHONG_VHXH"),
            new DemoUser("canbo.phulien", null, Role.STAFF, "11446-VHXH", "CV_NOI_VU"),
            new DemoUser("truongchinhtri.haiphong", "Trường Chính trị thành phố Hải Phòng", Role.PROVIDER, "31", null),
            new DemoUser("taichinh.haiphong", "Cán bộ Sở Tài chính Hải Phòng", Role.FINANCE_OFFICER, "31", null));

    private final SyntheticData synthetic;
    private final TrainingDemo training;
    private final EffectDemo effect;
    private final RatingDemo ratingDemo;
    private final vn.boiduong.standards.GapAnalysis gaps;
    private final UserAdministration users;
    private final OrgUnits units;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final String province;
    private final long seed;
    private final ApplicationArguments args;
    private final List<DemoStep> steps;

    DemoLoader(ApplicationArguments args, org.springframework.beans.factory.ObjectProvider<DemoStep> steps, vn.boiduong.standards.GapAnalysis gaps, SyntheticData synthetic, TrainingDemo training, EffectDemo effect, RatingDemo ratingDemo, UserAdministration users, OrgUnits units, AuditLog audit, JdbcClient jdbc,
               TransactionTemplate tx, @Value("${boiduong.demo.enabled:true}") boolean enabled,
               @Value("${boiduong.demo.province:31}") String province, @Value("${boiduong.demo.seed:2026}") long seed) {
        this.args = args;
        this.steps = steps.stream().sorted(java.util.Comparator.comparingInt(DemoStep::order)).toList();
        this.gaps = gaps;
        this.synthetic = synthetic;
        this.training = training;
        this.effect = effect;
        this.ratingDemo = ratingDemo;
        this.users = users;
        this.units = units;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.enabled = enabled;
        this.province = province;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled || args.containsOption("generate") || args.containsOption("generate-roster")) {
            return;
        }
        boolean loaded = jdbc.sql("select count(*) from demo_load").query(Long.class).single() > 0;
        if (!loaded) {
            long start = System.nanoTime();
            SyntheticData.Result result = synthetic.generate(province, seed);
            tx.executeWithoutResult(status -> {
                long provider = jdbc.sql("insert into provider (name, kind, org_unit_id) select :n, 'TRUONG_CHINH_TRI', id from org_unit "
                        + "where code = :p returning id").param("n", "Trường Chính trị " + provinceName()).param("p", province)
                        .query(Long.class).single();
                USERS.forEach(u -> createUser(u, u.role() == Role.PROVIDER ? provider : null));
                certificates("/VN/" + province + "/");
                jdbc.sql("insert into demo_load (id, province, people) values (1, :p, :n)")
                        .param("p", province).param("n", result.people()).update();
                audit.recordSystem("system", "DEMO_LOAD", "demo", province, "/VN/" + province + "/",
                        Map.of("communes", result.communes(), "people", result.people()));
            });
            gaps.recomputeUnder("/VN/" + province + "/");
            if ("31".equals(province)) {
                training.load(); // the demo's training year: plans, classes, decisions, results (people of Hải Phòng)
                effect.load(); // effect-after-training evaluations: due, overdue, a few signed (issue 6)
                new FeedbackDemo(jdbc).load(); // trainees' past feedback on the finished class (evaluation, level 1)
                ratingDemo.load(); // quarterly ratings of Phù Liễn: Q1–Q3 approved, the 2-quarter alert, the current quarter in progress
                gaps.recomputeUnder("/VN/" + province + "/");
                steps.forEach(DemoStep::load); // budget, reports, tasks, and last the targets' facts (issues 7 and 8)
            }
            log.info("Demo province {} loaded: {} communes, {} people in {} ms", province, result.communes(),
                    result.people(), (System.nanoTime() - start) / 1_000_000);
        }
        printLogins();
    }

    /**
     * Certificates some people already hold (chosen by a hash of their code, so always the same ones): the general
     * state-management course for a third of the specialists, the leaders' programme for a third of the leaders,
     * and the specialised course for a few of those placed outside their field by the reorganisation.
     */
    private void certificates(String path) {
        String base = "insert into qualification (person_id, program_code, for_position, certificate_no, issued_on, issuer, source) "
                + "select p.id, '%s', %s, 'DEMO-' || p.personnel_code, date '2025-09-01' + (abs(hashtext(p.personnel_code)) %% 300), "
                + "'%s', 'DEMO' from person p join org_unit o on o.id = p.org_unit_id where o.path like :path || '%%' and %s";
        jdbc.sql(String.format(base, "QLNN_CHUNG_2CAP", "null", "Trường Chính trị thành phố Hải Phòng",
                "not p.is_leader and p.staff_kind = 'CONG_CHUC' and abs(hashtext(p.personnel_code || 'q')) % 100 < 35")).param("path", path).update();
        jdbc.sql(String.format(base, "QLNN_LANH_DAO_HVCTQG", "null", "Học viện Chính trị quốc gia Hồ Chí Minh",
                "p.is_leader and abs(hashtext(p.personnel_code || 'l')) % 100 < 35")).param("path", path).update();
        jdbc.sql(String.format(base, "CMCN", "p.job_position_code", "Sở Nội vụ thành phố Hải Phòng",
                "p.affected_by_reorg and abs(hashtext(p.personnel_code || 'c')) % 100 < 12")).param("path", path).update();
    }

    private String provinceName() {
        String name = units.lookupByCode(province).orElseThrow().name();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private void createUser(DemoUser demo, Long providerId) {
        long unitId = units.lookupByCode(demo.unitCode()).orElseThrow().id();
        Long personId = null;
        String fullName = demo.fullName();
        if (demo.position() != null) {
            var person = jdbc.sql("select p.id, p.full_name from person p join org_unit o on o.id = p.org_unit_id "
                            + "where o.code = :u and p.job_position_code = :pos order by p.id limit 1")
                    .param("u", demo.unitCode()).param("pos", demo.position())
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
            personId = (Long) person[0];
            fullName = (String) person[1];
        }
        users.createSystemUser(new UserAdministration.NewUser(demo.username(), PASSWORD, fullName, null, demo.role(),
                unitId, personId, providerId));
    }

    private void printLogins() {
        StringBuilder sb = new StringBuilder("\n\n  Bồi dưỡng — tài khoản demo (mật khẩu chung: ").append(PASSWORD).append(")\n");
        for (DemoUser u : USERS) {
            sb.append(String.format("    %-26s %s%n", u.username(), u.role()));
        }
        log.info(sb.toString());
    }
}
