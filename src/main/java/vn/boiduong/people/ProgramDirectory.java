package vn.boiduong.people;

import java.util.Map;

/**
 * The training programmes a certificate may name (danh mục chương trình bồi dưỡng). Implemented by the catalog module,
 * which owns programmes; declared here so people and standards do not depend on the catalog (it depends on them).
 */
public interface ProgramDirectory {

    /** Active programmes the signed-in user may choose, code → name, in catalog order. */
    Map<String, String> choices();

    /** Whether a programme with this code exists (any owner, active or not: old certificates keep their code). */
    boolean exists(String code);
}
