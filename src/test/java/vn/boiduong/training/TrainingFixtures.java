package vn.boiduong.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.Dates;

/** Classes and people for the training tests, made over the real API; each test takes its own dates and people. */
final class TrainingFixtures {

    static final LocalDate TODAY = LocalDate.now(vn.boiduong.shared.ClockConfiguration.VIETNAM);

    private TrainingFixtures() {
    }

    static long createClass(TestHttp as, String name, String program, LocalDate from, LocalDate to, String slot, int capacity,
                            Long providerId) {
        HttpResponse<String> r = as.post("/api/classes", """
                {"name": "%s", "programCode": "%s", "providerId": %s, "startsOn": "%s", "endsOn": "%s", "sessions": "4",
                 "placeKind": "CENTRAL", "delivery": "IN_PERSON", "timeSlot": "%s", "capacity": "%d",
                 "costPerClass": "10000000", "costPerTrainee": "500000", "fundingSource": "NSNN_TINH"}
                """.formatted(name, program, providerId == null ? "null" : "\"" + providerId + "\"", Dates.format(from),
                Dates.format(to), slot, capacity));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestHttp.json(r).get("id").asLong();
    }

    static List<Long> propose(TestHttp as, long classId, List<Long> people) {
        HttpResponse<String> r = as.post("/api/classes/" + classId + "/proposals", """
                {"personIds": %s, "note": "kiểm thử"}""".formatted(people));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        List<Long> ids = new java.util.ArrayList<>();
        TestHttp.json(r).forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    static HttpResponse<String> approve(TestHttp as, long enrollmentId) {
        return as.post("/api/enrollments/" + enrollmentId + "/approve", "{\"override\": false}");
    }

    /** Active people of a commune with no live enrollment, one per agency first (so no office is emptied). */
    static List<Long> freePeople(JdbcClient jdbc, String communeCode, int n) {
        return jdbc.sql("""
                        select id from (
                          select p.id, row_number() over (partition by p.org_unit_id order by p.id) as rn
                          from person p join org_unit o on o.id = p.org_unit_id
                          where o.path like '/VN/31/' || :c || '/%' and p.status = 'ACTIVE'
                            and not exists (select 1 from enrollment e where e.person_id = p.id)
                            and not exists (select 1 from app_user u where u.person_id = p.id)) x
                        order by rn, id limit :n
                        """).param("c", communeCode).param("n", n).query(Long.class).list();
    }

    static String status(JdbcClient jdbc, long enrollmentId) {
        return jdbc.sql("select status from enrollment where id = :id").param("id", enrollmentId).query(String.class).single();
    }

    static long provider(JdbcClient jdbc) {
        return jdbc.sql("select provider_id from app_user where username = 'truongchinhtri.haiphong'").query(Long.class).single();
    }

    static String communeCode(JdbcClient jdbc, int index) {
        return jdbc.sql("select code from org_unit where kind = 'COMMUNE' and path like '/VN/31/%' and code not in ('11446', '10543') "
                + "order by code offset :i limit 1").param("i", index).query(String.class).single();
    }
}
