package vn.boiduong.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.documents.Documents;
import vn.boiduong.documents.OfficialDocument;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/**
 * "Quyết định cử cán bộ, công chức đi bồi dưỡng" in the Nghị định 30/2020 layout, DOCX and PDF, listing the approved
 * trainees of one class from the issuing unit's subtree; kept as issued.
 */
@Service
public class Decisions {

    /** What the officer enters; the legal bases are prefilled and may be edited (one per line). */
    public record DecisionInput(String number, String signedOn, String signerName, String signerTitle, String bases) {
    }

    /** An issued decision; {@code readable}: whether the user may open its files (else it is listed without links). */
    public record Issued(long id, long classId, String number, LocalDate signedOn, String signerName, String signerTitle,
                         int people, String unitName, String createdBy, boolean readable) {
    }

    /** Whether the decision names a person of a unit under :s (SQL, for the decision d). */
    private static final String NAMES_MINE = """
            exists (select 1 from enrollment e join person p on p.id = e.person_id join org_unit po on po.id = p.org_unit_id
                    where e.decision_id = d.id and po.path like :s || '%')""";

    private final Classes classes;
    private final EnrollmentRepository enrollments;
    private final OrgUnits units;
    private final Documents documents;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    Decisions(Classes classes, EnrollmentRepository enrollments, OrgUnits units, Documents documents, TrainingAccess access,
              AuditLog audit, JdbcClient jdbc) {
        this.classes = classes;
        this.enrollments = enrollments;
        this.units = units;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Approved trainees of the class in the user's subtree who have no decision yet. */
    @Transactional(readOnly = true)
    public List<Enrollment> pending(long classId) {
        TrainingClass c = classes.get(classId);
        return enrollments.ofClass(classId).stream()
                .filter(e -> e.decisionId() == null && ("APPROVED".equals(e.status()) || "ATTENDING".equals(e.status())))
                .filter(e -> access.canApprove(c, e.unitPath()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Issued> ofClass(long classId) {
        TrainingClass c = classes.get(classId);
        String scope = access.me().scopePath();
        return jdbc.sql("""
                        select d.id, d.class_id, d.number, d.signed_on, d.signer_name, d.signer_title, d.people, o.name, d.created_by,
                               o.path, NAMES_MINE
                        from training_decision d join org_unit o on o.id = d.org_unit_id
                        where d.class_id = :c and (o.path like :s || '%' or :s like o.path || '%' or NAMES_MINE)
                        order by d.id
                        """.replace("NAMES_MINE", NAMES_MINE)).param("c", classId).param("s", scope)
                .query((rs, n) -> new Issued(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                        access.canReadDecision(c, rs.getString(10), rs.getBoolean(11))))
                .list();
    }

    @Transactional
    public long issue(long classId, DecisionInput input) {
        TrainingClass c = classes.get(classId);
        CurrentUser me = access.me();
        OrgUnit unit = units.lookup(me.orgUnitId()).orElseThrow();
        access.require(access.canApprove(c, unit.path()));
        if ("CANCELLED".equals(c.status())) {
            throw new Problems.InvalidInput("classId", "training.class.closed");
        }
        // one decision at a time per class: two officers issuing at once never list the same trainee twice
        jdbc.sql("select id from training_class where id = :id for update").param("id", classId).query(Long.class).single();
        List<Enrollment> people = pending(classId);
        var problems = Problems.collect();
        String number = ClassRules.trim(input.number());
        if (number == null || number.length() > 40) {
            problems.add("number", "validation.required");
        }
        LocalDate signedOn = ClassRules.date(input.signedOn(), "signedOn", problems);
        if (ClassRules.trim(input.signerName()) == null) {
            problems.add("signerName", "validation.required");
        }
        if (ClassRules.trim(input.signerTitle()) == null) {
            problems.add("signerTitle", "validation.required");
        }
        if (people.isEmpty()) {
            problems.add("people", "training.decision.nobody");
        }
        if (number != null && jdbc.sql("select exists (select 1 from training_decision where org_unit_id = :u and number = :n)")
                .param("u", unit.id()).param("n", number).query(Boolean.class).single()) {
            problems.add("number", "training.decision.numberTaken", number);
        }
        problems.throwIfAny();
        OfficialDocument doc = DecisionText.build(unit,
                c, number, signedOn, input.signerName().strip(), input.signerTitle().strip(), lines(input.bases()), people);
        byte[] docx = documents.docx(doc);
        byte[] pdf = documents.pdf(doc);
        long id = jdbc.sql("""
                        insert into training_decision (class_id, org_unit_id, number, signed_on, signer_name, signer_title, people,
                            docx, pdf, created_by) values (:c, :u, :n, :d, :sn, :st, :p, :docx, :pdf, :by) returning id
                        """)
                .param("c", classId).param("u", unit.id()).param("n", number).param("d", signedOn)
                .param("sn", input.signerName().strip()).param("st", input.signerTitle().strip()).param("p", people.size())
                .param("docx", docx).param("pdf", pdf).param("by", me.username()).query(Long.class).single();
        List<Long> ids = people.stream().map(Enrollment::id).toList();
        if (jdbc.sql("update enrollment set decision_id = :d where id in (:ids) and decision_id is null")
                .param("d", id).param("ids", ids).update() != ids.size()) {
            throw new Problems.ConcurrentChange("decision", classId);
        }
        audit.record("ISSUE", "training_decision", id, unit.path(), null,
                Map.of("number", number, "classId", classId, "people", ids, "signedOn", signedOn.toString()), null);
        return id;
    }

    /** The stored file ("docx" or "pdf") of a decision the user may see. */
    @Transactional(readOnly = true)
    public byte[] file(long decisionId, String format) {
        record Owner(long classId, String path, boolean namesMine) {
        }
        String scope = access.me().scopePath();
        Owner owner = jdbc.sql("select d.class_id, o.path, " + NAMES_MINE
                        + " from training_decision d join org_unit o on o.id = d.org_unit_id where d.id = :id")
                .param("id", decisionId).param("s", scope)
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .optional().orElseThrow(() -> new Problems.NotFound("decision", decisionId));
        TrainingClass c = classes.get(owner.classId());
        // the issuing unit and the units above it (the province reads its communes' decisions), and a unit whose staff
        // the decision names; not other units below it, since the list names trainees of every agency it covers
        access.require(access.canReadDecision(c, owner.path(), owner.namesMine()));
        String column = "pdf".equals(format) ? "pdf" : "docx";
        return jdbc.sql("select " + column + " from training_decision where id = :id").param("id", decisionId)
                .query(byte[].class).single();
    }

    /** The default legal bases for a decision of {@code unit}. */
    public List<String> defaultBases(long classId) {
        TrainingClass c = classes.get(classId);
        return DecisionText.defaultBases(units.lookup(access.me().orgUnitId()).orElseThrow(), c);
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String l : text.split("\\R")) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
        }
        return out;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    static String date(LocalDate d) {
        return Dates.format(d);
    }
}
