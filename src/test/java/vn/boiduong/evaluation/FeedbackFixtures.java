package vn.boiduong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.TestHttp;
import vn.boiduong.security.Role;
import vn.boiduong.security.UserAdministration;
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.Dates;

/** Classes, trainees with their own accounts, and answers, made over the real API; each test takes its own people. */
final class FeedbackFixtures {

    static final LocalDate TODAY = LocalDate.now(ClockConfiguration.VIETNAM);

    private FeedbackFixtures() {
    }

    /** A class (after hours, so no office-continuity refusal) with the given trainees approved. */
    static long classWith(TestHttp organiser, String name, LocalDate from, LocalDate to, Long providerId, List<Long> people) {
        HttpResponse<String> r = organiser.post("/api/classes", """
                {"name": "%s", "programCode": "NGANH_TAI_CHINH", "providerId": %s, "startsOn": "%s", "endsOn": "%s",
                 "sessions": "4", "placeKind": "CENTRAL", "delivery": "IN_PERSON", "timeSlot": "AFTER_HOURS", "capacity": "40",
                 "costPerClass": "1000000", "costPerTrainee": "0", "fundingSource": "NSNN_TINH"}
                """.formatted(name, providerId == null ? "null" : "\"" + providerId + "\"", Dates.format(from), Dates.format(to)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        long classId = TestHttp.json(r).get("id").asLong();
        HttpResponse<String> p = organiser.post("/api/classes/" + classId + "/proposals", "{\"personIds\": " + people + "}");
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        TestHttp.json(p).forEach(n -> {
            HttpResponse<String> a = organiser.post("/api/enrollments/" + n.asLong() + "/approve", "{\"override\": false}");
            assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
        });
        return classId;
    }

    static void start(TestHttp organiser, long classId) {
        HttpResponse<String> r = organiser.post("/api/classes/" + classId + "/start", "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    static long enrollment(JdbcClient jdbc, long classId, long personId) {
        return jdbc.sql("select id from enrollment where class_id = :c and person_id = :p").param("c", classId)
                .param("p", personId).query(Long.class).single();
    }

    /** Active people of a commune with no enrollment and no account, one per agency first. */
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

    /** A commune of the demo province other than the two with officers' accounts, by position in code order. */
    static String commune(JdbcClient jdbc, int index) {
        return jdbc.sql("select code from org_unit where kind = 'COMMUNE' and path like '/VN/31/%' and code not in ('11446', '10543') "
                + "order by code desc offset :i limit 1").param("i", index).query(String.class).single();
    }

    /** Gives each person a STAFF account named prefix + index; returns the usernames. */
    static List<String> accounts(UserAdministration users, JdbcClient jdbc, String prefix, List<Long> people) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            long unit = jdbc.sql("select org_unit_id from person where id = :p").param("p", people.get(i)).query(Long.class).single();
            String username = prefix + i;
            users.createSystemUser(new UserAdministration.NewUser(username, TestHttp.DEMO_PASSWORD, "Học viên " + username, null,
                    Role.STAFF, unit, people.get(i), null));
            names.add(username);
        }
        return names;
    }

    static String answer(int content, int lecturers, int organisation, int usefulness, String comment) {
        return """
                {"content": %d, "lecturers": "%d", "organisation": "%d", "usefulness": "%d", "comment": %s}
                """.formatted(content, lecturers, organisation, usefulness, comment == null ? "null" : "\"" + comment + "\"");
    }

    static long demoProvider(JdbcClient jdbc) {
        return jdbc.sql("select provider_id from app_user where username = 'truongchinhtri.haiphong'").query(Long.class).single();
    }
}
