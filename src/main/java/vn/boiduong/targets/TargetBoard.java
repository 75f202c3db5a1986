package vn.boiduong.targets;

import java.util.List;

/** Where a unit stands against its targets (tiến độ thực hiện chỉ tiêu), read from the pre-aggregated facts. */
public interface TargetBoard {

    /** Every active target that applies to the unit's level, with the latest snapshot; no authorisation check. */
    List<TargetProgress> progress(long orgUnitId);
}
