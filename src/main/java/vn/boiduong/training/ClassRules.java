package vn.boiduong.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/** Checks a class input, naming every field that is wrong. */
final class ClassRules {

    static final List<String> PLACE_KINDS = List.of("ON_SITE", "CLUSTER", "CENTRAL");
    static final List<String> DELIVERIES = List.of("IN_PERSON", "ONLINE", "BLENDED");
    static final List<String> TIME_SLOTS = List.of("OFFICE_HOURS", "AFTER_HOURS", "EVENING");
    static final List<String> FUNDING = List.of("NSNN_TW", "NSNN_TINH", "NSNN_XA", "CO_QUAN", "KHAC");
    static final List<String> STATUSES = List.of("OPEN", "RUNNING", "FINISHED", "CANCELLED");

    private ClassRules() {
    }

    static ClassForm check(ClassInput in, Set<String> programCodes, Set<Long> providerIds) {
        var problems = Problems.collect();
        String name = trim(in.name());
        if (name == null || name.length() > 300) {
            problems.add("name", "validation.required");
        }
        String code = trim(in.code());
        if (code != null && !code.matches("[A-Za-z0-9._/-]{2,40}")) {
            problems.add("code", "training.validation.code");
        }
        String program = trim(in.programCode());
        if (program == null || !programCodes.contains(program)) {
            problems.add("programCode", "training.validation.program");
        }
        Long provider = parseLong(in.providerId(), "providerId", problems, false);
        if (provider != null && !providerIds.contains(provider)) {
            problems.add("providerId", "training.validation.provider");
        }
        Long planLine = parseLong(in.planLineId(), "planLineId", problems, false);
        LocalDate starts = date(in.startsOn(), "startsOn", problems);
        LocalDate ends = date(in.endsOn(), "endsOn", problems);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add("endsOn", "training.validation.endsBeforeStart");
        }
        Long sessions = parseLong(in.sessions(), "sessions", problems, true);
        if (sessions != null && (sessions < 1 || sessions > 400)) {
            problems.add("sessions", "training.validation.range", 1, 400);
        }
        Long capacity = parseLong(in.capacity(), "capacity", problems, true);
        if (capacity != null && (capacity < 1 || capacity > 2000)) {
            problems.add("capacity", "training.validation.range", 1, 2000);
        }
        oneOf(in.placeKind(), PLACE_KINDS, "placeKind", problems);
        oneOf(in.delivery(), DELIVERIES, "delivery", problems);
        oneOf(in.timeSlot(), TIME_SLOTS, "timeSlot", problems);
        String funding = trim(in.fundingSource()) == null ? "NSNN_TINH" : trim(in.fundingSource());
        oneOf(funding, FUNDING, "fundingSource", problems);
        if ("CLUSTER".equals(trim(in.placeKind())) && trim(in.cluster()) == null) {
            problems.add("cluster", "training.validation.cluster");
        }
        long cpc = money(in.costPerClass(), "costPerClass", problems);
        long cpt = money(in.costPerTrainee(), "costPerTrainee", problems);
        long sw = money(in.supportWomen(), "supportWomen", problems);
        long se = money(in.supportEthnic(), "supportEthnic", problems);
        tooLong(in.batch(), 60, "batch", problems);
        tooLong(in.schedule(), 300, "schedule", problems);
        tooLong(in.place(), 300, "place", problems);
        tooLong(in.cluster(), 200, "cluster", problems);
        tooLong(in.lecturers(), 1000, "lecturers", problems);
        problems.throwIfAny();
        return new ClassForm(code, name, program, provider, planLine, trim(in.batch()), starts, ends, sessions.intValue(),
                trim(in.schedule()), trim(in.placeKind()), trim(in.place()), trim(in.cluster()), trim(in.delivery()),
                trim(in.timeSlot()), capacity.intValue(), trim(in.lecturers()), cpc, cpt, funding, sw, se);
    }

    static void tooLong(String value, int max, String field, Problems.Collector problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LocalDate date(String text, String field, Problems.Collector problems) {
        LocalDate d = trim(text) == null ? null : Dates.parse(text.strip()).orElse(null);
        if (d == null) {
            problems.add(field, "validation.date", text == null ? "" : text);
        }
        return d;
    }

    static Long parseLong(String text, String field, Problems.Collector problems, boolean required) {
        String t = trim(text);
        if (t == null) {
            if (required) {
                problems.add(field, "validation.required");
            }
            return null;
        }
        try {
            return Long.parseLong(t.replace(".", "").replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(field, "training.validation.number", t);
            return null;
        }
    }

    private static long money(String text, String field, Problems.Collector problems) {
        Long v = parseLong(text, field, problems, false);
        if (v != null && (v < 0 || v > 100_000_000_000L)) {
            problems.add(field, "training.validation.money");
            return 0;
        }
        return v == null ? 0 : v;
    }

    private static void oneOf(String value, List<String> allowed, String field, Problems.Collector problems) {
        if (value == null || !allowed.contains(value.strip())) {
            problems.add(field, "validation.required");
        }
    }
}
