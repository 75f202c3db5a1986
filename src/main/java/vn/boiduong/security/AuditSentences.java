package vn.boiduong.security;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.shared.SourceDocuments;

/**
 * The audit log as an officer reads it: "Nguyễn Văn A đã phê duyệt lượt cử đi học «Trần Thị B — Lớp …»; trạng thái:
 * Chờ duyệt → Đã duyệt". The actor by name, a verb per action, the object by type and name (named by the owning
 * module's {@link AuditNames}, else by the name its snapshot carries), and the changed fields with their Vietnamese
 * labels and values translated. Codes stay in the row's tooltip only.
 */
@Component
public class AuditSentences {

    /** One audit row in words; {@code code} is the technical description, for a tooltip. */
    public record Line(AuditTrail.Entry entry, String actor, String sentence, List<String> changes, List<String> more,
                       String reason, String code) {
    }

    /** The object types of the audit log, for the page's filter (each has its audit.entity.* words). */
    public static final List<String> ENTITIES = List.of("person", "qualification", "org_unit", "user", "program", "requirement",
            "training_plan", "training_class", "enrollment", "training_decision", "unit_continuity", "effect_evaluation",
            "class_feedback", "rating", "rating_indicator_set", "discipline_record", "target", "target_fact", "action_plan",
            "plan_task", "yearly_report", "report_deadline", "import_job", "gap_people", "target_people", "demo");

    /** Changes shown at once; the rest behind "more". */
    static final int SHOWN = 6;
    private static final int MAX_TEXT = 200;
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** {@code PersonInput[a=1, b=null, …]}: a record's text, as an older version sometimes stored a value. */
    private static final Pattern RECORD = Pattern.compile("[A-Z][A-Za-z0-9$.]*\\[(\\w+=.*)]", Pattern.DOTALL);
    private static final Pattern RECORD_FIELD = Pattern.compile("(\\w+)=(.*?)(?=, \\w+=|$)", Pattern.DOTALL);
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?");
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> NAME_KEYS = List.of("fullName", "name", "title", "number", "username", "className");
    /** Keys never shown: internal ids, paths, versions, search helpers. */
    private static final Set<String> HIDDEN = Set.of("id", "version", "searchKey", "searchName", "hash", "indicatorSetId",
            "ethnicitySystem");

    /** Where the words of a field's coded values are: entity-specific first ("status" differs per object). */
    private static final Map<String, String> VALUE_KEYS = Map.ofEntries(
            Map.entry("enrollment.status", "training.status."), Map.entry("training_class.status", "training.classStatus."),
            Map.entry("training_plan.status", "training.planStatus."), Map.entry("training_plan.level", "training.planLevel."),
            Map.entry("rating.status", "rating.status."), Map.entry("plan_task.status", "tasks.status."),
            Map.entry("yearly_report.status", "reports.status."), Map.entry("person.status", "status."),
            Map.entry("effect_evaluation.state", "effect.state."), Map.entry("import_job.status", "import.status."),
            Map.entry("target.level", "targets.level."), Map.entry("org_unit.subkind", "orgunit.subkind."),
            Map.entry("band", "rating.band."), Map.entry("role", "role."), Map.entry("staffKind", "staffKind."),
            Map.entry("gender", "gender."), Map.entry("educationLevel", "education."), Map.entry("politicalTheory", "theory."),
            Map.entry("stateManagement", "stateMgmt."), Map.entry("itLevel", "it."), Map.entry("category", "catalog.category."),
            Map.entry("populationKind", "targets.kind."), Map.entry("measure", "targets.measure."),
            Map.entry("delivery", "training.delivery."), Map.entry("placeKind", "training.place."),
            Map.entry("timeSlot", "training.slot."), Map.entry("fundingSource", "training.funding."),
            Map.entry("type", "requirement.type."), Map.entry("kind", "tasks.kind."), Map.entry("status", "audit.value."));

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final List<AuditNames> namers;

    AuditSentences(JdbcClient jdbc, JsonMapper json, MessageSource messages, List<AuditNames> namers) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.namers = namers;
    }

    @Transactional(readOnly = true)
    public List<Line> lines(List<AuditTrail.Entry> entries) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> actors = actors(entries);
        Map<String, Map<String, String>> names = names(entries);
        List<Line> out = new ArrayList<>(entries.size());
        for (AuditTrail.Entry e : entries) {
            Map<String, Object> before = map(e.before());
            Map<String, Object> after = map(e.after());
            String actor = actors.getOrDefault(e.username(), e.username());
            String name = e.entityId() == null ? null : names.getOrDefault(e.entity(), Map.of()).get(e.entityId());
            if (name == null) {
                name = nameIn(after, before);
            }
            String object = text(locale, "audit.entity." + e.entity(), "audit.entity.unknown");
            if (name != null) {
                object += " «" + name + "»";
            } else if (e.entityId() != null) {
                object += " " + text(locale, "audit.entity.number", null, e.entityId());
            }
            String verb = text(locale, "audit.verb." + e.action(), "audit.verb.unknown");
            String sentence = messages.getMessage("audit.sentence", new Object[] {actor, verb, object}, locale);
            List<String> changes = changes(e.entity(), before, after, locale);
            List<String> shown = changes.size() <= SHOWN ? changes : changes.subList(0, SHOWN);
            List<String> more = changes.size() <= SHOWN ? List.of() : changes.subList(SHOWN, changes.size());
            String code = e.action() + " · " + e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()) + " · " + e.username();
            out.add(new Line(e, actor, sentence, shown, more, SourceDocuments.cite(e.reason()), code));
        }
        return out;
    }

    /** "field: old → new" for every changed field (every filled field on creation, every field on deletion). */
    List<String> changes(String entity, Map<String, Object> before, Map<String, Object> after, Locale locale) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        if (after != null) {
            keys.addAll(after.keySet());
        }
        if (before != null) {
            keys.addAll(before.keySet());
        }
        Map<String, Object> both = new HashMap<>();
        if (before != null) {
            both.putAll(before);
        }
        if (after != null) {
            both.putAll(after);
        }
        for (String key : keys) {
            if (hidden(key, both)) {
                continue;
            }
            Object b = before == null ? null : before.get(key);
            Object a = after == null ? null : after.get(key);
            String label = "plan_task".equals(entity) && "number".equals(key) ? text(locale, "audit.field.taskNumber", null)
                    : field(key, locale);
            if (before != null && after != null) {
                if (!Objects.equals(b, a)) {
                    out.add(label + ": " + value(entity, key, b, locale) + " → " + value(entity, key, a, locale));
                }
            } else {
                Object v = after != null ? a : b;
                if (v != null && !"".equals(v) && !(v instanceof Collection<?> c && c.isEmpty())
                        && !(v instanceof Map<?, ?> m && m.isEmpty())) {
                    out.add(label + ": " + value(entity, key, v, locale));
                }
            }
        }
        return out;
    }

    private static boolean hidden(String key, Map<String, Object> all) {
        if (HIDDEN.contains(key) || key.endsWith("Id") || key.endsWith("Path") || key.endsWith("Ids")) {
            return true;
        }
        // a code beside its name (programCode beside programName): the name says it
        return key.endsWith("Code") && all.containsKey(key.substring(0, key.length() - 4) + "Name");
    }

    private String value(String entity, String field, Object v, Locale locale) {
        if (v == null || "".equals(v)) {
            return text(locale, "audit.value.empty", null);
        }
        if (v instanceof Boolean b) {
            return text(locale, b ? "audit.value.yes" : "audit.value.no", null);
        }
        if (v instanceof Number n) {
            return field.toLowerCase(Locale.ROOT).contains("year") ? n.toString() : number(n, locale);
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(x -> field(String.valueOf(x.getKey()), locale) + " "
                    + value(entity, String.valueOf(x.getKey()), x.getValue(), locale)).collect(Collectors.joining("; "));
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> value(entity, field, x, locale)).collect(Collectors.joining(", "));
        }
        String s = String.valueOf(v);
        if ("plan_task".equals(entity) && "number".equals(field)) {
            return text(locale, "audit.value.taskNumber", null, s); // "mục 3.3": an item, not a decimal
        }
        Matcher record = RECORD.matcher(s);
        if (record.matches()) { // a value written as a Java record's text by an older version: its filled fields
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            Matcher pair = RECORD_FIELD.matcher(record.group(1));
            while (pair.find()) {
                String x = pair.group(2).strip();
                if (!x.isEmpty() && !"null".equals(x)) {
                    fields.put(pair.group(1), x);
                }
            }
            return value(entity, field, fields, locale);
        }
        if (DATE.matcher(s).matches()) {
            return LocalDate.parse(s).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        if (INSTANT.matcher(s).matches()) {
            try {
                return Instant.parse(s).atZone(VN).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            } catch (RuntimeException e) {
                return s;
            }
        }
        if (ENUM.matcher(s).matches() && s.length() > 1) {
            return coded(entity, field, s, locale);
        }
        s = SourceDocuments.cite(s);
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
    }

    /** A coded value in words: the field's own words, else the common ones, else the code made readable. */
    private String coded(String entity, String field, String code, Locale locale) {
        for (String prefix : new String[] {VALUE_KEYS.get(entity + "." + field), VALUE_KEYS.get(field), "audit.value."}) {
            if (prefix != null) {
                String found = lookup(prefix + code, null, locale);
                if (found != null) {
                    return found;
                }
            }
        }
        if (field.endsWith("Code") || field.equals("code") || field.equals("programs") || field.endsWith("Codes")) {
            return code; // a catalog code (programme, position): the code is its name here
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String field(String key, Locale locale) {
        String found = lookup("audit.field." + key, null, locale);
        if (found != null) {
            return found;
        }
        if (ENUM.matcher(key).matches()) { // a map key that is itself a code (an indicator, a level)
            return coded("", key, key, locale);
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String number(Number n, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi".equals(locale.getLanguage()) ? "vi-VN" : "en"));
        f.setMaximumFractionDigits(2);
        return f.format(n instanceof BigDecimal bd ? bd : n);
    }

    private String nameIn(Map<String, Object> after, Map<String, Object> before) {
        for (Map<String, Object> m : java.util.Arrays.asList(after, before)) {
            if (m == null) {
                continue;
            }
            for (String k : NAME_KEYS) {
                if (m.get(k) instanceof String s && !s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }

    private Map<String, String> actors(List<AuditTrail.Entry> entries) {
        Set<String> usernames = entries.stream().map(AuditTrail.Entry::username).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> out = new HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, full_name from app_user where username in (:u)").param("u", usernames)
                    .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        }
        String system = text(LocaleContextHolder.getLocale(), "audit.actor.system", null);
        out.putIfAbsent("system", system);
        return out;
    }

    private Map<String, Map<String, String>> names(List<AuditTrail.Entry> entries) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (AuditTrail.Entry e : entries) {
            if (e.entityId() != null) {
                ids.computeIfAbsent(e.entity(), k -> new HashSet<>()).add(e.entityId());
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        for (AuditNames namer : namers) {
            for (String entity : namer.entities()) {
                Set<String> wanted = ids.get(entity);
                if (wanted != null && !wanted.isEmpty()) {
                    out.computeIfAbsent(entity, k -> new HashMap<>()).putAll(namer.names(entity, wanted));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String text) {
        if (text == null) {
            return null;
        }
        try {
            Object v = json.readValue(text, Object.class);
            return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("value", v);
        } catch (RuntimeException e) {
            return Map.of("value", text);
        }
    }

    private String text(Locale locale, String key, String fallbackKey, Object... args) {
        String found = lookup(key, args, locale);
        if (found == null && fallbackKey != null) {
            found = lookup(fallbackKey, args, locale);
        }
        return found == null ? key : found;
    }

    /** The message, or null when the bundles have no such key (they answer with the key itself). */
    private String lookup(String key, Object[] args, Locale locale) {
        String found = messages.getMessage(key, args, key, locale);
        return found == null || found.equals(key) ? null : found;
    }

    /** Ids of an audit entity as numbers (for the modules' name queries); ids that are not numbers are left out. */
    public static List<Long> numericIds(Set<String> ids) {
        List<Long> out = new ArrayList<>();
        for (String id : ids) {
            try {
                out.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                // composite ids ("12:AGENCY") are named from the snapshot
            }
        }
        return out;
    }
}
