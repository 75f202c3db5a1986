package vn.boiduong.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;
import vn.boiduong.shared.ClockConfiguration;
import vn.boiduong.shared.Dates;

/**
 * A busy office over real HTTP (issue 13, finding 2): 50 simultaneous person creations, then 50 simultaneous
 * approvals of class proposals, each with 0 errors and no request over 5 s, while the province keeps reading a file.
 * Before the fix the after-commit listeners took a second pooled connection each and the pool of 10 ran dry.
 * Each simulated user is a signed-in browser session (cookie and CSRF header, as the pages' scripts send them),
 * so the numbers measure the application rather than one BCrypt check per request of HTTP Basic.
 */
@IntegrationTest
class BurstTest {

    private static final Logger log = LoggerFactory.getLogger(BurstTest.class);
    static final int BURST = 50;
    static final long LIMIT_MS = 5_000;
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] GIVEN = {"Dồn", "Dập", "Gấp", "Vội", "Nhanh"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** Latencies of one kind of request (ms) and the answers that were not the expected status. */
    record Measured(String kind, List<Long> millis, List<String> errors) {
        long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long p95() {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        }

        void print() {
            log.info("Burst {}: {} requests, {} errors, max {} ms, p95 {} ms", kind, millis.size(), errors.size(), max(), p95());
        }

        void assertHealthy() {
            assertThat(errors).as(kind + " errors").isEmpty();
            assertThat(max()).as(kind + " slowest (ms)").isLessThanOrEqualTo(LIMIT_MS);
        }
    }

    @Test
    void fiftyCreationsAndFiftyApprovalsWhileTheProvinceReads() throws Exception {
        long readId = jdbc.sql("select p.id from person p join org_unit o on o.id = p.org_unit_id where o.path like '/VN/31/11446/%' "
                + "order by p.id limit 1").query(Long.class).single();
        List<Long> proposals = prepareProposals();

        Measured creations = new Measured("creation", synced(), synced());
        Measured approvals = new Measured("approval", synced(), synced());
        Measured reads = new Measured("read", synced(), synced());
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        TestHttp province = signIn("sonoivu.haiphong");
        List<TestHttp> officers = new ArrayList<>();
        List<TestHttp> approvers = new ArrayList<>();
        List<String> officerTokens = new ArrayList<>();
        List<String> approverTokens = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            officers.add(signIn("vhxh.phulien"));
            officerTokens.add(officers.get(i).csrfToken());
            approvers.add(signIn("sonoivu.haiphong"));
            approverTokens.add(approvers.get(i).csrfToken());
        }
        Future<?> readerDone = reader.submit(() -> {
            while (reading.get()) {
                timed(reads, 200, () -> province.get("/api/people/" + readId));
            }
        });
        try {
            burst(creations, 201, i -> officers.get(i).post("/api/people", person(i), officerTokens.get(i)));
            burst(approvals, 200, i -> approvers.get(i).post("/api/enrollments/" + proposals.get(i) + "/approve",
                    "{\"override\": false}", approverTokens.get(i)));
        } finally {
            reading.set(false);
            readerDone.get(120, TimeUnit.SECONDS);
            reader.shutdown();
        }
        creations.print();
        approvals.print();
        reads.print();
        creations.assertHealthy();
        approvals.assertHealthy();
        reads.assertHealthy();
        assertThat(reads.millis()).as("the reader kept reading").isNotEmpty();
        assertThat(jdbc.sql("select count(*) from enrollment where id in (:ids) and status in ('APPROVED', 'WAITLISTED')")
                .param("ids", proposals).query(Long.class).single()).isEqualTo(BURST);
    }

    /** {@value #BURST} requests released at the same instant, each on its own thread and connection. */
    private void burst(Measured into, int expected, IntFunction<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                start.await();
                timed(into, expected, () -> request.apply(n));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private static void timed(Measured into, int expected, java.util.function.Supplier<HttpResponse<String>> call) {
        long t = System.nanoTime();
        String error = null;
        try {
            HttpResponse<String> r = call.get();
            if (r.statusCode() != expected) {
                error = r.statusCode() + " " + r.body();
            }
        } catch (RuntimeException e) {
            error = e.toString();
        }
        into.millis().add((System.nanoTime() - t) / 1_000_000);
        if (error != null) {
            into.errors().add(error.length() > 300 ? error.substring(0, 300) : error);
        }
    }

    /** A signed-in browser session (cookie), as an officer at the web pages has. */
    private TestHttp signIn(String username) {
        TestHttp session = TestHttp.browser(port);
        assertThat(session.login(username, TestHttp.DEMO_PASSWORD)).doesNotContain("error");
        return session;
    }

    private static String person(int i) {
        return """
                {"fullName": "%s Văn %s", "birthDate": "10/10/1988", "gender": "Nam", "ethnicity": "Kinh",
                 "staffKind": "Công chức", "leader": "Không", "title": "Chuyên viên tư pháp - hộ tịch", "jobPositionCode": "CV_TU_PHAP",
                 "rank": "01.003", "educationLevel": "Đại học", "educationField": "Luật", "politicalTheory": "Sơ cấp",
                 "stateManagement": "Chương trình chuyên viên", "itLevel": "CO_BAN", "affectedByReorg": "Không", "unitCode": "11446-VP"}
                """.formatted(FAMILY[i % FAMILY.length], GIVEN[i / FAMILY.length]);
    }

    /** Five classes of the province, ten proposals each, from people of five communes not used by other tests. */
    private List<Long> prepareProposals() {
        TestHttp province = TestHttp.as(port, "sonoivu.haiphong");
        LocalDate today = LocalDate.now(ClockConfiguration.VIETNAM);
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            LocalDate from = today.plusDays(300 + 10 * k);
            HttpResponse<String> c = province.post("/api/classes", """
                    {"name": "Lớp dồn dập %d", "programCode": "NGANH_DAT_DAI", "providerId": null, "startsOn": "%s", "endsOn": "%s",
                     "sessions": "4", "placeKind": "CENTRAL", "delivery": "IN_PERSON", "timeSlot": "AFTER_HOURS", "capacity": "60",
                     "costPerClass": "10000000", "costPerTrainee": "500000", "fundingSource": "NSNN_TINH"}
                    """.formatted(k, Dates.format(from), Dates.format(from.plusDays(3))));
            assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
            List<Long> people = jdbc.sql("""
                    select id from (
                      select p.id, row_number() over (partition by p.org_unit_id order by p.id) as rn
                      from person p join org_unit o on o.id = p.org_unit_id
                      where o.path like (select path from org_unit where kind = 'COMMUNE' and path like '/VN/31/%'
                                         order by code desc offset :k limit 1) || '%'
                        and p.status = 'ACTIVE' and not exists (select 1 from enrollment e where e.person_id = p.id)
                        and not exists (select 1 from app_user u where u.person_id = p.id)) x
                    order by rn, id limit 10
                    """).param("k", k).query(Long.class).list();
            HttpResponse<String> r = province.post("/api/classes/" + TestHttp.json(c).get("id").asLong() + "/proposals",
                    "{\"personIds\": " + people + ", \"note\": \"dồn dập\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            TestHttp.json(r).forEach(n -> ids.add(n.asLong()));
        }
        assertThat(ids).hasSize(BURST);
        return ids;
    }

    private static <T> List<T> synced() {
        return Collections.synchronizedList(new ArrayList<>());
    }
}
