package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.Dates;

/** Completed trainings made over the real API (commune class, commune officer records results), for the effect tests. */
final class EffectFixtures {

    static final LocalDate TODAY = LocalDate.now(vn.boiduong.shared.ClockConfiguration.VIETNAM);
    static final String SCORES = """
            {"taskResults": "%s", "adviceQuality": "8", "responsibility": "9", "discipline": "9", "coordination": "7",
             "satisfaction": "8", "taskResultsComment": "Hoàn thành tốt", "generalComment": "Tiến bộ rõ", "version": %d}""";

    private EffectFixtures() {
    }

    /** Completes a class ending on {@code endsOn} for these people of Phù Liễn; returns their enrollment ids. */
    static List<Long> complete(int port, List<Long> people, LocalDate endsOn, String name) {
        TestHttp commune = TestHttp.as(port, "vhxh.phulien");
        HttpResponse<String> created = commune.post("/api/classes", """
                {"name": "%s", "programCode": "KN_XU_LY_TINH_HUONG", "startsOn": "%s", "endsOn": "%s", "sessions": "2",
                 "placeKind": "ON_SITE", "delivery": "IN_PERSON", "timeSlot": "EVENING", "capacity": "20",
                 "costPerClass": "1000000", "costPerTrainee": "0", "fundingSource": "NSNN_XA"}
                """.formatted(name, Dates.format(endsOn.minusDays(1)), Dates.format(endsOn)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long classId = TestHttp.json(created).get("id").asLong();
        HttpResponse<String> proposed = commune.post("/api/classes/" + classId + "/proposals",
                "{\"personIds\": %s, \"note\": \"kiểm thử\"}".formatted(people));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        List<Long> ids = new java.util.ArrayList<>();
        TestHttp.json(proposed).forEach(n -> ids.add(n.asLong()));
        ids.forEach(id -> assertThat(commune.post("/api/enrollments/" + id + "/approve", "{\"override\": false}").statusCode())
                .isEqualTo(200));
        assertThat(commune.post("/api/classes/" + classId + "/start", "").statusCode()).isEqualTo(200);
        for (long id : ids) {
            HttpResponse<String> r = commune.post("/api/enrollments/" + id + "/result", """
                    {"sessionsAttended": "2", "grade": "8", "certificateNo": "XLTH-T-%d", "certificateDate": "%s"}
                    """.formatted(id, Dates.format(endsOn)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return ids;
    }

    /** Active people of an agency without an account and with no live enrollment. */
    static List<Long> people(JdbcClient jdbc, String unitCode, int n) {
        return jdbc.sql("""
                        select p.id from person p join org_unit o on o.id = p.org_unit_id
                        where o.code = :u and p.status = 'ACTIVE' and not exists (select 1 from app_user a where a.person_id = p.id)
                          and not exists (select 1 from enrollment e where e.person_id = p.id
                                          and e.status in ('PROPOSED', 'APPROVED', 'WAITLISTED', 'ATTENDING'))
                        order by random() limit :n
                        """).param("u", unitCode).param("n", n).query(Long.class).list();
    }

    static long evaluationOf(JdbcClient jdbc, long enrollmentId) {
        return jdbc.sql("select id from effect_evaluation where enrollment_id = :e").param("e", enrollmentId).query(Long.class).single();
    }

    static int version(JdbcClient jdbc, long id) {
        return jdbc.sql("select version from effect_evaluation where id = :id").param("id", id).query(Integer.class).single();
    }
}
