package vn.boiduong.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The before/after of an audit row, derived from the record itself: every component in declaration order, so a
 * field added to the record is audited without anyone remembering to add it to a hand-written list. Nested
 * records become nested maps, enums their names, dates ISO text; citizen ID numbers are masked as on the pages
 * (by the component's name, or by {@link Masked} on the component).
 */
public final class AuditSnapshot {

    /** A record component whose value is a personal identifier: logged masked, like citizen IDs. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
    public @interface Masked {
    }

    private AuditSnapshot() {
    }

    /** Every component of the record, in order; null for null. */
    public static Map<String, Object> of(Record record) {
        if (record == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = read(c, record);
            m.put(c.getName(), masked(c) && value != null ? mask(String.valueOf(value)) : plain(value));
        }
        return m;
    }

    /** {@link #of} with some components dropped (derived values, such as a cached name). */
    public static Map<String, Object> of(Record record, String... without) {
        Map<String, Object> m = of(record);
        if (m != null) {
            List.of(without).forEach(m::remove);
        }
        return m;
    }

    /** A citizen ID as the pages show it: every digit but the last three hidden. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() < 4) {
            return "***";
        }
        return "*".repeat(value.length() - 3) + value.substring(value.length() - 3);
    }

    private static boolean masked(RecordComponent c) {
        String name = c.getName().toLowerCase(Locale.ROOT);
        return c.isAnnotationPresent(Masked.class) || name.contains("citizenid") || name.contains("idnumber");
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Record r) {
            return of(r);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof Character || value instanceof java.util.UUID) {
            return value.toString();
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(plain(k)), plain(v)));
            return out;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        if (value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                out.add(plain(java.lang.reflect.Array.get(value, i)));
            }
            return out;
        }
        return String.valueOf(value);
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true); // records of other modules are often package-private
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
