package vn.boiduong.targets;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded LRU map of assembled dashboards (bảng theo dõi đã tổng hợp). The key holds the fact version, so a rebuild
 * or refresh makes the old entries unreachable (they age out); nothing is ever invalidated by hand.
 */
final class DashboardCache {

    record Key(long unitId, LocalDate day, long factVersion) {
    }

    private final int capacity;
    private final Map<Key, Dashboard> map;

    DashboardCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Dashboard> eldest) {
                return size() > DashboardCache.this.capacity;
            }
        };
    }

    /** The cached value, or the computed one (computed outside the lock: two concurrent misses may both compute). */
    Dashboard get(Key key, Supplier<Dashboard> compute) {
        synchronized (map) {
            Dashboard d = map.get(key);
            if (d != null) {
                return d;
            }
        }
        Dashboard d = compute.get();
        synchronized (map) {
            map.put(key, d);
        }
        return d;
    }

    int size() {
        synchronized (map) {
            return map.size();
        }
    }
}
