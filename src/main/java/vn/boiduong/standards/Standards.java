package vn.boiduong.standards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.people.Levels;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** The catalog of job positions and their requirements: readable by everyone signed in, versioned changes by province and ministry. */
@Service
public class Standards {

    /** A requirement as a person types it: level code, fields and programmes separated by ";". */
    public record RequirementInput(String type, String minLevel, String acceptedFields, String satisfiedBy, String note) {
    }

    private final StandardsRepository repository;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final vn.boiduong.people.ProgramDirectory programs;

    Standards(StandardsRepository repository, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events,
              vn.boiduong.people.ProgramDirectory programs) {
        this.programs = programs;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<JobPosition> positions() {
        return repository.positions();
    }

    @Transactional(readOnly = true)
    public Map<String, List<Requirement>> currentRequirements() {
        return repository.currentByPosition();
    }

    @Transactional(readOnly = true)
    public JobPosition position(String code) {
        return repository.position(code).orElseThrow(() -> new Problems.NotFound("position", code));
    }

    /** Every version of the position's requirements, current first. */
    @Transactional(readOnly = true)
    public List<Requirement> history(String code) {
        return repository.history(position(code).id());
    }

    /** Replaces a requirement with a new version (the old one stays in the history). */
    @Transactional
    public long change(long requirementId, RequirementInput input) {
        access.require(Permission.STANDARDS_WRITE);
        Requirement before = repository.requirement(requirementId).orElseThrow(() -> new Problems.NotFound("requirement", requirementId));
        if (!repository.close(requirementId, access.currentUser().username())) {
            throw new Problems.ConcurrentChange("requirement", requirementId);
        }
        long id = insertChecked(before.jobPositionId(), input);
        String code = positionCode(before.jobPositionId());
        audit.record("UPDATE", "requirement", id, "/VN/", AuditSnapshot.of(before),
                AuditSnapshot.of(repository.requirement(id).orElseThrow()), null);
        events.publishEvent(new RequirementChanged(code));
        return id;
    }

    @Transactional
    public long add(String positionCode, RequirementInput input) {
        access.require(Permission.STANDARDS_WRITE);
        JobPosition position = position(positionCode);
        long id = insertChecked(position.id(), input);
        audit.record("CREATE", "requirement", id, "/VN/", null, AuditSnapshot.of(repository.requirement(id).orElseThrow()), null);
        events.publishEvent(new RequirementChanged(positionCode));
        return id;
    }

    /** Ends a requirement without a successor. */
    @Transactional
    public void retire(long requirementId) {
        access.require(Permission.STANDARDS_WRITE);
        Requirement before = repository.requirement(requirementId).orElseThrow(() -> new Problems.NotFound("requirement", requirementId));
        if (!repository.close(requirementId, access.currentUser().username())) {
            throw new Problems.ConcurrentChange("requirement", requirementId);
        }
        audit.record("RETIRE", "requirement", requirementId, "/VN/", AuditSnapshot.of(before), null, null);
        events.publishEvent(new RequirementChanged(positionCode(before.jobPositionId())));
    }

    private long insertChecked(long positionId, RequirementInput in) {
        var problems = Problems.collect();
        Requirement.Type type = null;
        try {
            type = Requirement.Type.valueOf(in.type());
        } catch (RuntimeException e) {
            problems.add("type", "validation.required");
        }
        String level = in.minLevel() == null || in.minLevel().isBlank() ? null : in.minLevel().strip();
        if (type != null && type != Requirement.Type.PROGRAM && !levels(type).contains(level)) {
            problems.add("minLevel", "validation.unknownCode", String.valueOf(level), String.join(", ", levels(type)));
        }
        List<String> programs = split(in.satisfiedBy());
        for (String p : programs) {
            if (!this.programs.exists(p)) {
                problems.add("satisfiedBy", "validation.unknownCode", p, "CMCN, QLNN_CHUNG_2CAP");
            }
        }
        if (type == Requirement.Type.PROGRAM && programs.isEmpty()) {
            problems.add("satisfiedBy", "validation.required");
        }
        problems.throwIfAny();
        return repository.insert(positionId, type, type == Requirement.Type.PROGRAM ? null : level, split(in.acceptedFields()),
                programs, in.note() == null ? null : in.note().strip(), access.currentUser().username());
    }

    static List<String> levels(Requirement.Type type) {
        return switch (type) {
            case EDUCATION -> Levels.EDUCATION;
            case POLITICAL_THEORY -> Levels.POLITICAL_THEORY;
            case STATE_MANAGEMENT -> Levels.STATE_MANAGEMENT;
            case IT -> List.of("CO_BAN", "NANG_CAO");
            case PROGRAM -> List.of();
        };
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    private String positionCode(long positionId) {
        return repository.positions().stream().filter(p -> p.id() == positionId).findFirst().orElseThrow().code();
    }
}
