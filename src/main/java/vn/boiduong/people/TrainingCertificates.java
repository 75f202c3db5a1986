package vn.boiduong.people;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.shared.Problems;

/**
 * Certificates that completed training writes into the personnel file (quá trình bồi dưỡng). Unchecked: the training
 * module authorises the result (provider of the class, or the unit verifying a trainee's report) before calling.
 */
@Service
public class TrainingCertificates {

    private final PersonRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TrainingCertificates(PersonRepository repository, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Records the certificate of a completed class (source TRAINING) and announces it, so the gaps it satisfies close
     * (seed 000 III.1.a: the CMCN certificate counts for the position the person holds when it is issued).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(long personId, String programCode, String certificateNo, LocalDate issuedOn, String issuer,
                       long enrollmentId) {
        Person person = repository.findById(personId).orElseThrow(() -> new Problems.NotFound("person", personId));
        String forPosition = "CMCN".equals(programCode) ? person.jobPositionCode() : null;
        long id = repository.insertQualification(personId, programCode, forPosition, certificateNo, issuedOn, issuer, "TRAINING");
        var after = AuditSnapshot.of(new Qualification(id, personId, programCode, forPosition, certificateNo, issuedOn, issuer,
                "TRAINING"));
        after.put("enrollmentId", enrollmentId);
        audit.record("CREATE", "qualification", id, person.orgUnitPath(), null, after, null);
        events.publishEvent(new QualificationAdded(personId, programCode));
        return id;
    }
}
