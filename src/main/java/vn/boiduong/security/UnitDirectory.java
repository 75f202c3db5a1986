package vn.boiduong.security;

import java.util.Optional;

/** What security needs to know of the unit tree; implemented by the orgunit module. */
public interface UnitDirectory {

    record UnitRef(long id, String name, String path) {
    }

    Optional<UnitRef> unit(long unitId);
}
