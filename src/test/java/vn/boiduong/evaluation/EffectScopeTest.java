package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boiduong.evaluation.EffectFixtures.*;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;

/** Nobody outside the scope reads or changes an evaluation: other communes, heads of other units, staff. */
@IntegrationTest
class EffectScopeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;

    long evaluation;

    @BeforeEach
    void anOverdueEvaluationInPhongVhxh() {
        long person = people(jdbc, "11446-VHXH", 1).get(0);
        evaluation = evaluationOf(jdbc, complete(port, List.of(person), TODAY.minusMonths(5), "Lớp phạm vi").get(0));
        for (String[] u : new String[][] {{"truongphong.kt.scope", "11446-KT"}, {"truongphong.vhxh.viethoa", "10543-VHXH"}}) {
            if (jdbc.sql("select count(*) from app_user where username = :u").param("u", u[0]).query(Long.class).single() == 0) {
                long unit = jdbc.sql("select id from org_unit where code = :c").param("c", u[1]).query(Long.class).single();
                users.createSystemUser(new UserAdministration.NewUser(u[0], TestHttp.DEMO_PASSWORD, "Trưởng phòng kiểm thử", null,
                        Role.UNIT_HEAD, unit, null, null));
            }
        }
    }

    @Test
    void readersOutsideTheScopeGet403AndNoData() {
        String path = "/api/evaluations/effect/" + evaluation;
        for (String outsider : List.of("vhxh.viethoa", "truongphong.kt.scope", "truongphong.vhxh.viethoa", "canbo.phulien",
                "truongchinhtri.haiphong")) {
            var r = TestHttp.as(port, outsider).get(path);
            assertThat(r.statusCode()).as(outsider).isEqualTo(403);
            assertThat(r.body()).as(outsider).doesNotContain("fullName");
            assertThat(TestHttp.as(port, outsider).get("/evaluations/effect/" + evaluation + "/print").statusCode()).as(outsider).isEqualTo(403);
        }
        for (String reader : List.of("truongphong.phulien", "vhxh.phulien", "sonoivu.haiphong", "admin.bonoivu")) {
            assertThat(TestHttp.as(port, reader).get(path).statusCode()).as(reader).isEqualTo(200);
        }
        // lists are cut to the scope: another commune's officer and another unit's head never see it
        assertThat(TestHttp.as(port, "vhxh.viethoa").get("/api/evaluations/effect?state=ALL&size=5000").body())
                .doesNotContain("\"id\":" + evaluation + ",");
        assertThat(TestHttp.as(port, "truongphong.kt.scope").get("/api/evaluations/effect?state=ALL&size=5000").body())
                .doesNotContain("\"id\":" + evaluation + ",");
        assertThat(TestHttp.as(port, "vhxh.phulien").get("/api/evaluations/effect?state=ALL&size=5000").body())
                .contains("\"id\":" + evaluation + ",");
        assertThat(TestHttp.as(port, "canbo.phulien").get("/api/evaluations/effect").statusCode()).isEqualTo(403);
        long otherCommune = jdbc.sql("select id from org_unit where code = '10543'").query(Long.class).single();
        assertThat(TestHttp.as(port, "vhxh.phulien").get("/api/evaluations/effect?unitId=" + otherCommune).statusCode()).isEqualTo(403);
        assertThat(TestHttp.as(port, "vhxh.phulien").get("/api/evaluations/effect/coverage?unitId=" + otherCommune).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheHeadOfThePersonsUnitSigns() {
        String sign = "/api/evaluations/effect/" + evaluation + "/sign";
        for (String other : List.of("vhxh.viethoa", "truongphong.kt.scope", "truongphong.vhxh.viethoa", "canbo.phulien",
                "vhxh.phulien", "sonoivu.haiphong", "admin.bonoivu")) {
            assertThat(TestHttp.as(port, other).post(sign, SCORES.formatted("8", version(jdbc, evaluation))).statusCode()).as(other)
                    .isEqualTo(403);
            assertThat(TestHttp.as(port, other).put("/api/evaluations/effect/" + evaluation, SCORES.formatted("8", version(jdbc, evaluation)))
                    .statusCode()).as(other).isEqualTo(403);
        }
        assertThat(jdbc.sql("select status from effect_evaluation where id = :id").param("id", evaluation).query(String.class).single())
                .isEqualTo("DUE");
        assertThat(TestHttp.as(port, "truongphong.phulien").post(sign, SCORES.formatted("8", version(jdbc, evaluation))).statusCode())
                .isEqualTo(200);
    }
}
