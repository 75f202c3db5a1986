package vn.boiduong.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.UploadCheck;

/**
 * Importing a roster from XLSX: upload → checked in the background (progress shown) → preview of every problem
 * by row and column → commit, all or nothing. Re-importing the same file updates the files it matches
 * (by personnel code, else citizen ID) instead of creating duplicates.
 */
@Service
public class PersonImport implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PersonImport.class);
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final ImportJobRepository jobs;
    private final RosterChecker checker;
    private final RosterWriter writer;
    private final AccessPolicy access;
    private final TransactionTemplate tx;
    private final ThreadPoolTaskExecutor executor;
    private final CitizenIdGuard citizenIds;
    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    private final Duration abandonedAfter;
    private final AtomicInteger running = new AtomicInteger();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "import-heartbeat");
        t.setDaemon(true);
        return t;
    });
    /** The last checked rosters, so that a commit soon after the preview does not read the file again. */
    private final java.util.Map<Long, RosterAnalysis> checked = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, RosterAnalysis> eldest) {
                    return size() > 2; // a 100,000-row roster holds about 100 MB
                }
            });

    PersonImport(ImportJobRepository jobs, RosterChecker checker, RosterWriter writer, AccessPolicy access,
                 TransactionTemplate tx, CitizenIdGuard citizenIds,
                 @Value("${boiduong.import.abandoned-after:2m}") Duration abandonedAfter) {
        this.abandonedAfter = abandonedAfter;
        this.heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        this.citizenIds = citizenIds;
        this.jobs = jobs;
        this.checker = checker;
        this.writer = writer;
        this.access = access;
        this.tx = tx;
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setThreadNamePrefix("import-");
        pool.initialize();
        this.executor = pool;
    }

    /** Stops the import threads with the application (a job cut short is marked failed at the next start). */
    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        executor.shutdown();
    }

    /** Stores the upload and starts checking it; returns the job id at once. */
    public long start(String fileName, byte[] content) {
        access.require(Permission.PEOPLE_WRITE);
        String name = UploadCheck.check(UploadCheck.Kind.ROSTER, fileName == null || fileName.isBlank() ? "danh-sach.xlsx" : fileName,
                content).filename(); // the shared upload check: size, type by content, archive limits, no entity
        citizenIds.requireAllowed(); // a roster is many questions about citizen IDs at once
        CurrentUser me = access.currentUser();
        long id = jobs.create("PEOPLE", me.username(), me.scopePath(), name.length() > 255 ? name.substring(0, 255) : name,
                sha256(content), content);
        executor.execute(new DelegatingSecurityContextRunnable(() -> counted(() -> validate(id))));
        return id;
    }

    public ImportJob get(long id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new Problems.NotFound("import", id));
        CurrentUser me = access.currentUser();
        if (!me.username().equals(job.username()) && !access.can(Permission.PEOPLE_WRITE, job.scopePath())) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        return job;
    }

    /** Writes a checked roster; refused unless the preview was clean. */
    public void commit(long id) {
        ImportJob job = get(id);
        access.require(Permission.PEOPLE_WRITE, job.scopePath());
        if (!job.status().equals("READY") || !jobs.transition(id, "READY", "COMMITTING")) {
            throw new Problems.InvalidInput("import", "import.notReady");
        }
        executor.execute(new DelegatingSecurityContextRunnable(() -> counted(() -> write(id))));
    }

    private void counted(Runnable job) {
        running.incrementAndGet();
        try {
            job.run();
        } finally {
            running.decrementAndGet();
        }
    }

    private void validate(long id) {
        try {
            RosterAnalysis a = checker.analyse(jobs.content(id), (total, done) -> jobs.progress(id, total, done));
            String status = a.problems.isEmpty() && !a.accepted.isEmpty() ? "READY" : "INVALID";
            if (a.accepted.isEmpty() && a.problems.isEmpty()) {
                a.problems.add(new ImportJob.RowProblem(1, "", "import.noRows", List.of()));
            }
            if (status.equals("READY")) {
                checked.put(id, a);
            }
            jobs.finish(id, status, a.total, (int) a.newRows(), (int) a.updateRows(), 0, a.problems, a.problems.size(), null);
        } catch (Problems.InvalidInput e) {
            jobs.finish(id, "INVALID", 0, 0, 0, 0, fileProblems(e), e.problems().size(), null);
        } catch (RuntimeException e) {
            log.error("Import {} failed while checking", id, e);
            jobs.finish(id, "FAILED", 0, 0, 0, 0, List.of(), 0, e.getClass().getSimpleName());
        }
    }

    private void write(long id) {
        try {
            RosterAnalysis a = checked.remove(id);
            if (a != null) {
                checker.rematch(a);
            } else { // checked on another node or before a restart: read the file again
                a = checker.analyse(jobs.content(id), (total, done) -> jobs.progress(id, total, done / 2));
            }
            RosterAnalysis analysis = a;
            if (!a.problems.isEmpty()) { // the data changed since the preview
                jobs.finish(id, "INVALID", a.total, (int) a.newRows(), (int) a.updateRows(), 0, a.problems, a.problems.size(), null);
                return;
            }
            tx.executeWithoutResult(s -> {
                if (!jobs.claim(id)) { // failed as abandoned meanwhile (this node stopped beating): write nothing
                    throw new IllegalStateException("import " + id + " is no longer being committed");
                }
                int[] counts = writer.write(id, analysis, done -> jobs.progress(id, analysis.total, done));
                // in the writing transaction: the rows and DONE commit together, or neither does
                jobs.finish(id, "DONE", analysis.total, counts[0], counts[1], counts[2], List.of(), 0, null);
            });
        } catch (Problems.InvalidInput e) {
            jobs.finish(id, "INVALID", 0, 0, 0, 0, fileProblems(e), e.problems().size(), null);
        } catch (RuntimeException e) {
            log.error("Import {} failed while writing; nothing was written", id, e);
            jobs.finish(id, "FAILED", 0, 0, 0, 0, List.of(), 0, e.getClass().getSimpleName());
        }
    }

    private static List<ImportJob.RowProblem> fileProblems(Problems.InvalidInput e) {
        List<ImportJob.RowProblem> list = new ArrayList<>();
        e.problems().forEach(p -> list.add(new ImportJob.RowProblem(0, p.field(), p.code(),
                java.util.Arrays.stream(p.args()).map(String::valueOf).toList())));
        return list;
    }

    /**
     * Fails the jobs whose node stopped beating (killed, crashed, cut off from the database): run by db-scheduler on one
     * node at a time every minute ({@link ImportJobs}), never by a node merely starting, which would fail the running
     * imports of the others. What such a job was writing was rolled back by PostgreSQL with its connection.
     */
    int failAbandoned() {
        int n = jobs.failAbandoned(abandonedAfter.toSeconds());
        if (n > 0) {
            log.warn("{} import(s) whose node stopped were marked failed", n);
        }
        return n;
    }

    /** Every {@link #HEARTBEAT} while this node runs a job: the job's row says this node is alive. */
    private void beat() {
        if (running.get() > 0) {
            try {
                jobs.heartbeat();
            } catch (RuntimeException e) {
                log.warn("Import heartbeat failed: {}", e.toString());
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
