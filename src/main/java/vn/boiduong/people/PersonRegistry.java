package vn.boiduong.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.AuditLog;
import vn.boiduong.security.AuditSnapshot;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Creating and changing personnel files: validated, scoped, audited, and never overwriting a newer version. */
@Service
public class PersonRegistry {

    private final PersonRepository repository;
    private final PersonBulkLoader loader;
    private final PersonRules rules;
    private final OrgUnits units;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProgramDirectory programs;
    private final CitizenIdGuard citizenIds;

    PersonRegistry(PersonRepository repository, PersonBulkLoader loader, PersonRules rules, OrgUnits units,
                   AccessPolicy access, AuditLog audit, ApplicationEventPublisher events, ProgramDirectory programs,
                   CitizenIdGuard citizenIds) {
        this.programs = programs;
        this.citizenIds = citizenIds;
        this.repository = repository;
        this.loader = loader;
        this.rules = rules;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** Resolves a unit code to a workplace the signed-in user may put people in. */
    Object resolveUnit(String code) {
        return units.lookupByCode(code.strip().toUpperCase()).<Object>map(u -> {
            if (u.kind() != OrgUnit.Kind.COMMUNE && u.kind() != OrgUnit.Kind.AGENCY) {
                return PersonRules.UnitLookup.NOT_A_WORKPLACE;
            }
            if (!access.can(Permission.PEOPLE_WRITE, u.path())) {
                return PersonRules.UnitLookup.OUTSIDE_SCOPE;
            }
            return new PersonRules.UnitRef(u.id(), u.code(), u.path());
        }).orElse(PersonRules.UnitLookup.UNKNOWN);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A refused input commits nothing but the audit row of a refused citizen ID (nothing else is written before). */
    @Transactional(noRollbackFor = Problems.InvalidInput.class)
    public long create(PersonInput input) {
        access.require(Permission.PEOPLE_WRITE);
        PersonRules.Checked checked = rules.check(input, this::resolveUnit, today());
        if (!checked.ok()) {
            throw new Problems.InvalidInput(checked.problems());
        }
        NewPerson p = checked.person();
        OrgUnit unit = units.lookup(p.orgUnitId()).orElseThrow();
        var problems = Problems.collect();
        if (p.personnelCode() != null && !issuedBy(p.personnelCode(), unit)) { // first: says nothing of other communes' codes
            problems.add("personnelCode", "person.code.prefix", p.personnelCode(), codePrefix(unit), unit.name());
        } else if (p.personnelCode() != null && repository.idByCode(p.personnelCode()).isPresent()) {
            problems.add("personnelCode", "person.code.taken", p.personnelCode());
        }
        if (p.citizenId() != null) {
            citizenIds.screen(p.citizenId(), null, "create").ifPresent(x -> problems.add(x.field(), x.code(), x.args()));
        }
        problems.throwIfAny();
        if (p.personnelCode() == null) {
            repository.lockCommune(unit.communeCode());
            p = withCode(p, repository.nextCode(unit.communeCode()));
        }
        long id = loader.load(List.of(p))[0];
        audit.record("CREATE", "person", id, unit.path(), null, AuditSnapshot.of(repository.findById(id).orElseThrow()), null);
        events.publishEvent(new PersonChanged(id));
        return id;
    }

    /** The prefix of the file codes a unit's commune issues (a province's, for its own agencies): "11446-". */
    static String codePrefix(OrgUnit unit) {
        String issuer = unit.communeCode() != null ? unit.communeCode() : unit.provinceCode();
        return issuer == null ? "" : issuer + "-";
    }

    /** Whether a new file code is one the unit's commune may issue: its prefix and a number (issue 13, finding 6). */
    static boolean issuedBy(String code, OrgUnit unit) {
        String prefix = codePrefix(unit);
        return prefix.isEmpty() || code.startsWith(prefix) && code.substring(prefix.length()).matches("[0-9]{1,6}");
    }

    /** The unit of a workplace id (for the import's check of new file codes). */
    OrgUnit unit(long orgUnitId) {
        return units.lookup(orgUnitId).orElseThrow();
    }

    @Transactional(noRollbackFor = Problems.InvalidInput.class)
    public void update(long id, PersonInput input, int version) {
        Person before = repository.findById(id).orElseThrow(() -> new Problems.NotFound("person", id));
        access.require(Permission.PEOPLE_WRITE, before.orgUnitPath());
        PersonRules.Checked checked = rules.check(input, this::resolveUnit, today());
        if (!checked.ok()) {
            throw new Problems.InvalidInput(checked.problems());
        }
        NewPerson p = checked.person();
        var problems = Problems.collect();
        if (p.personnelCode() != null && !p.personnelCode().equals(before.personnelCode())) {
            problems.add("personnelCode", "person.code.immutable");
        }
        if (p.citizenId() != null && !p.citizenId().equals(before.citizenId())) {
            citizenIds.screen(p.citizenId(), id, "update").ifPresent(x -> problems.add(x.field(), x.code(), x.args()));
        }
        problems.throwIfAny();
        apply(before, withCode(p, before.personnelCode()), version);
    }

    /** Applies checked data to an existing file (also used by the import, which has checked rights already). */
    void apply(Person before, NewPerson p, int version) {
        if (!repository.update(before.id(), version, p, access.currentUser().username())) {
            throw new Problems.ConcurrentChange("person", before.id());
        }
        if (p.orgUnitId() != before.orgUnitId()) {
            repository.reassign(before.id(), p.orgUnitId(), p.jobPositionCode(), p.title(), today());
        } else if (!p.title().equals(before.title()) || !java.util.Objects.equals(p.jobPositionCode(), before.jobPositionCode())) {
            repository.retitle(before.id(), p.jobPositionCode(), p.title());
        }
        Person after = repository.findById(before.id()).orElseThrow();
        audit.record("UPDATE", "person", before.id(), after.orgUnitPath(), AuditSnapshot.of(before), AuditSnapshot.of(after), null);
        events.publishEvent(new PersonChanged(before.id()));
    }

    /** Records a certificate; it may close gaps (seed 000 III.1.a: the CMCN certificate meets the position's standard). */
    @Transactional
    public long addQualification(long personId, String program, String forPosition, String number, String issuedOnText,
                                 String issuer) {
        Person person = repository.findById(personId).orElseThrow(() -> new Problems.NotFound("person", personId));
        access.require(Permission.PEOPLE_WRITE, person.orgUnitPath());
        var problems = Problems.collect();
        if (program == null || !programs.exists(program)) {
            problems.add("programCode", "validation.required");
        }
        LocalDate issuedOn = PersonRules.parseDate(issuedOnText).orElse(null);
        if (issuedOn == null || issuedOn.isAfter(today())) {
            problems.add("issuedOn", "validation.date", issuedOnText == null ? "" : issuedOnText);
        }
        problems.throwIfAny();
        String position = "CMCN".equals(program)
                ? (PersonRules.trim(forPosition) == null ? person.jobPositionCode() : forPosition.strip().toUpperCase()) : null;
        long id = repository.insertQualification(personId, program, position, PersonRules.trim(number), issuedOn,
                PersonRules.trim(issuer), "MANUAL");
        audit.record("CREATE", "qualification", id, person.orgUnitPath(), null, AuditSnapshot.of(new Qualification(id, personId,
                program, position, PersonRules.trim(number), issuedOn, PersonRules.trim(issuer), "MANUAL")), null);
        events.publishEvent(new QualificationAdded(personId, program));
        return id;
    }

    /** Retirement, transfer out or streamlining: the file stays, marked, with the date and reason. */
    @Transactional
    public void leave(long id, String status, String onText, String reason, int version) {
        Person before = repository.findById(id).orElseThrow(() -> new Problems.NotFound("person", id));
        access.require(Permission.PEOPLE_WRITE, before.orgUnitPath());
        var problems = Problems.collect();
        if (status == null || !Levels.STATUSES.contains(status)) { // List.of refuses contains(null)
            problems.add("status", "validation.required");
        }
        LocalDate on = PersonRules.parseDate(onText).orElse(null);
        if (!"ACTIVE".equals(status) && on == null) {
            problems.add("leftOn", "validation.date", onText == null ? "" : onText);
        }
        if (reason != null && reason.length() > 300) {
            problems.add("leaveReason", "validation.tooLong", 300);
        }
        problems.throwIfAny();
        if (!repository.leave(id, version, status, "ACTIVE".equals(status) ? null : on,
                "ACTIVE".equals(status) ? null : reason, access.currentUser().username())) {
            throw new Problems.ConcurrentChange("person", id);
        }
        Person after = repository.findById(id).orElseThrow();
        audit.record("LEAVE", "person", id, before.orgUnitPath(), AuditSnapshot.of(before), AuditSnapshot.of(after), reason);
        events.publishEvent(new PersonChanged(id));
    }

    static NewPerson withCode(NewPerson p, String code) {
        return new NewPerson(code, p.name(), p.birthDate(), p.gender(), p.ethnicityCode(), p.citizenId(), p.partyMemberSince(),
                p.staffKind(), p.leader(), p.title(), p.jobPositionCode(), p.rankCode(), p.educationLevel(), p.educationField(),
                p.politicalTheory(), p.stateManagement(), p.itLevel(), p.languageLevel(), p.sciTechBackground(),
                p.partyCommitteeMember(), p.affectedByReorg(), p.joinedOn(), p.orgUnitId(), p.history());
    }
}
