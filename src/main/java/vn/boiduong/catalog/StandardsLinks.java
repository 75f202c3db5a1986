package vn.boiduong.catalog;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boiduong.standards.JobPosition;
import vn.boiduong.standards.Requirement;
import vn.boiduong.standards.Standards;

/** Which current requirements of which job positions a programme's certificate satisfies ("Đáp ứng tiêu chuẩn"). */
@Component
class StandardsLinks {

    /**
     * seed 000 III.1.a: the certificate of the specialised course counts as meeting the professional-qualification
     * requirement of the position the certificate names, not of every position.
     */
    static final String SPECIALISED_COURSE = "CMCN";

    /** One requirement met by the programme: the position, the kind of requirement and its wording. */
    record Use(String positionCode, String positionName, String type, String note) {
    }

    private final Standards standards;

    StandardsLinks(Standards standards) {
        this.standards = standards;
    }

    List<Use> uses(String programCode) {
        var current = standards.currentRequirements();
        List<Use> out = new ArrayList<>();
        for (JobPosition position : standards.positions()) {
            for (Requirement r : current.getOrDefault(position.code(), List.of())) {
                if (r.satisfiedBy().contains(programCode)) {
                    out.add(new Use(position.code(), position.name(), r.type().name(), r.note()));
                }
            }
        }
        return out;
    }
}
