package vn.boiduong.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/**
 * Who reports to whom (seed 000 VI.2: agencies to the commune; 001 V: the commune to the province, the province to
 * the ministry) and who may read, write and review a unit's report.
 */
@Component
class ReportUnits {

    private final OrgUnits units;
    private final AccessPolicy access;

    ReportUnits(OrgUnits units, AccessPolicy access) {
        this.units = units;
        this.access = access;
    }

    OrgUnit unit(long id) {
        return units.lookup(id).orElseThrow(() -> new Problems.NotFound("orgunit", id));
    }

    /** The unit a report goes to: an agency's commune, a commune's province, a province's ministry. */
    Optional<OrgUnit> reviewerOf(OrgUnit unit) {
        return switch (unit.kind()) {
            case AGENCY -> units.lookupByCode(unit.communeCode());
            case COMMUNE -> units.lookupByCode(unit.provinceCode());
            case PROVINCE -> unit.parentId() == null ? Optional.empty() : units.lookup(unit.parentId());
            case NATION -> Optional.empty();
        };
    }

    /** The units that report to this one (every active agency of a commune; the communes of a province; provinces). */
    List<OrgUnit> reportersOf(OrgUnit unit) {
        return switch (unit.kind()) {
            case COMMUNE -> units.lookupSubtree(unit.path()).stream()
                    .filter(u -> u.kind() == OrgUnit.Kind.AGENCY && u.active()).toList();
            case PROVINCE, NATION -> units.lookupChildren(unit.id()).stream().filter(OrgUnit::active).toList();
            case AGENCY -> List.of();
        };
    }

    /** Reading: writers of the unit's subtree and reviewers above it. */
    void requireRead(OrgUnit unit) {
        if (!access.can(Permission.REPORT_WRITE, unit.path())) {
            access.require(Permission.REPORT_REVIEW, unit.path());
        }
    }

    /** Whether the role reads yearly reports at all (inside its scope). */
    boolean readsReports() {
        return access.can(Permission.REPORT_WRITE) || access.can(Permission.REPORT_REVIEW);
    }

    boolean canWrite(OrgUnit unit) {
        return access.can(Permission.REPORT_WRITE, unit.path()) && access.currentUser().orgUnitId() == unit.id();
    }

    /** Preparing and submitting: REPORT_WRITE at the unit itself (one's own unit's report). */
    void requireWrite(OrgUnit unit) {
        if (!canWrite(unit)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    boolean canReview(OrgUnit unit) {
        return reviewerOf(unit).map(r -> access.can(Permission.REPORT_REVIEW, r.path())
                && access.currentUser().orgUnitId() == r.id()).orElse(false);
    }

    /** Accepting and returning: REPORT_REVIEW at the unit the report goes to. */
    void requireReview(OrgUnit unit) {
        if (!canReview(unit)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }
}
