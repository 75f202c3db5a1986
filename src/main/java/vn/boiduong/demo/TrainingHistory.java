package vn.boiduong.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans a province's training year (năm bồi dưỡng 2026): who goes to which programme, grouped into classes of the
 * programme's level (province, academy, commune cluster, commune) with dates, form, place, costs and support. Pure
 * and deterministic: the same seed and the same people always give the same classes.
 */
final class TrainingHistory {

    static final int YEAR = 2026;
    /** Communes per cluster (cụm xã) for cluster classes. */
    static final int CLUSTER_SIZE = 6;

    /** A catalogue programme as the planner needs it. */
    record Program(String code, String name, int durationDays, boolean certificate) {
    }

    /** A commune of the province: its unit, name and place among the province's communes in code order. */
    record Commune(long id, String code, String name, int ordinal) {
    }

    /** A planned class (lớp bồi dưỡng) and its trainees. */
    record PlannedClass(TrainingOffers.Offer offer, Program program, long organiserId, String name, LocalDate startsOn,
                        LocalDate endsOn, int sessions, String placeKind, String place, String cluster, String delivery,
                        String timeSlot, int capacity, long costPerClass, long costPerTrainee, String funding,
                        long supportWomen, long supportEthnic, List<TrainingOffers.Trainee> members, long seed) {
    }

    private final long seed;
    private final Map<String, Program> programs;

    TrainingHistory(long seed, Map<String, Program> programs) {
        this.seed = seed;
        this.programs = programs;
    }

    static long mix(long seed, String key) {
        long h = seed * 0x9E3779B97F4A7C15L + key.hashCode();
        h ^= h >>> 31;
        return h * 0xBF58476D1CE4E5B9L;
    }

    /** The classes of one province; trainees must be sorted by personnel code, communes by code. */
    List<PlannedClass> plan(long provinceId, String provinceName, boolean mountain, List<Commune> communes,
                            List<TrainingOffers.Trainee> trainees) {
        Map<String, Commune> byCode = new LinkedHashMap<>();
        communes.forEach(c -> byCode.put(c.code(), c));
        // who goes where: one draw per trainee and programme, seeded by the person's code
        Map<String, Map<String, List<TrainingOffers.Trainee>>> groups = new LinkedHashMap<>();
        for (TrainingOffers.Trainee t : trainees) {
            SplittableRandom r = new SplittableRandom(mix(seed, t.personnelCode()));
            for (TrainingOffers.Offer offer : TrainingOffers.ALL) {
                int chance = offer.chance().applyAsInt(t) * 9 / 10;
                if (chance > 0 && r.nextInt(1000) < chance && programs.containsKey(offer.program())) {
                    Commune c = byCode.get(t.communeCode());
                    String group = switch (offer.level()) {
                        case PROVINCE, ACADEMY -> "P";
                        case CLUSTER -> "C" + c.ordinal() / CLUSTER_SIZE;
                        case COMMUNE -> c.code();
                    };
                    groups.computeIfAbsent(offer.program(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(group, k -> new ArrayList<>()).add(t);
                }
            }
        }
        List<PlannedClass> classes = new ArrayList<>();
        for (TrainingOffers.Offer offer : TrainingOffers.ALL) {
            Map<String, List<TrainingOffers.Trainee>> byGroup = groups.getOrDefault(offer.program(), Map.of());
            for (var entry : byGroup.entrySet()) {
                List<TrainingOffers.Trainee> people = new ArrayList<>(entry.getValue());
                SplittableRandom r = new SplittableRandom(mix(seed, offer.program() + "/" + entry.getKey() + "/" + provinceId));
                shuffle(people, r);
                int n = (int) Math.ceil(people.size() / (offer.capacity() * 0.9));
                for (int k = 0; k < n; k++) {
                    List<TrainingOffers.Trainee> members = new ArrayList<>(people.subList(k * people.size() / n, (k + 1) * people.size() / n));
                    classes.add(klass(offer, entry.getKey(), k + 1, provinceId, provinceName, mountain, byCode, communes, members, r));
                }
            }
        }
        return classes;
    }

    private PlannedClass klass(TrainingOffers.Offer offer, String group, int batch, long provinceId, String provinceName,
                               boolean mountain, Map<String, Commune> byCode, List<Commune> communes,
                               List<TrainingOffers.Trainee> members, SplittableRandom r) {
        Program p = programs.get(offer.program());
        // many classes crowd into the last weeks of the year, when the year's plan and budget must be spent
        int from = r.nextInt(100) < 28 && offer.toWeek() >= 40 ? Math.max(offer.fromWeek(), 46) : offer.fromWeek();
        int to = from >= 46 ? 51 : offer.toWeek();
        int week = from + r.nextInt(to - from + 1);
        LocalDate start = LocalDate.of(YEAR, 1, 1).plusWeeks(week - 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate end = plusWorkingDays(start, p.durationDays() - 1);
        String school = "Trường Chính trị " + provinceName;
        String delivery = pick(r, new String[] {"IN_PERSON", "BLENDED", "ONLINE"}, offer.level() == TrainingOffers.Level.COMMUNE ? new int[] {85, 5, 10} : new int[] {70, 20, 10});
        String slot = p.durationDays() > 30 ? pick(r, new String[] {"OFFICE_HOURS", "AFTER_HOURS"}, new int[] {60, 40})
                : pick(r, new String[] {"OFFICE_HOURS", "AFTER_HOURS", "EVENING"}, new int[] {72, 16, 12});
        int days = p.durationDays();
        // seed 001 IV.6, 004 IV: class cost and per-trainee cost; support for women and ethnic-minority trainees on longer courses
        long perClass = days * (offer.level() == TrainingOffers.Level.COMMUNE ? 2_000_000L : 4_000_000L + r.nextInt(3) * 500_000L);
        long perTrainee = offer.level() == TrainingOffers.Level.COMMUNE ? 0 : days * (120_000L + r.nextInt(5) * 20_000L);
        long women = days >= 5 ? 300_000L + r.nextInt(3) * 100_000L : 0;
        long ethnic = days >= 5 && mountain ? 500_000L + r.nextInt(4) * 100_000L : 0;
        String suffix;
        String placeKind;
        String place;
        String cluster = null;
        long organiser = provinceId;
        String funding = "NSNN_TINH";
        switch (offer.level()) {
            case ACADEMY -> {
                placeKind = "CENTRAL";
                place = "Học viện Chính trị khu vực";
                funding = "NSNN_TW";
                suffix = "Đợt " + batch + "/" + YEAR;
            }
            case PROVINCE -> {
                placeKind = "CENTRAL";
                place = school;
                suffix = "Đợt " + batch + "/" + YEAR;
            }
            case CLUSTER -> {
                int index = Integer.parseInt(group.substring(1));
                Commune first = communes.stream().filter(c -> c.ordinal() / CLUSTER_SIZE == index).findFirst().orElseThrow();
                cluster = "Cụm " + first.name();
                placeKind = "CLUSTER";
                place = "Trung tâm Chính trị cụm " + first.name();
                suffix = cluster + (batch > 1 ? " — lớp " + batch : "");
            }
            default -> {
                Commune c = byCode.get(group);
                organiser = c.id();
                funding = "NSNN_XA";
                placeKind = "ON_SITE";
                place = "Hội trường UBND " + c.name();
                suffix = c.name() + (batch > 1 ? " — lớp " + batch : "");
                women = 0;
                ethnic = 0;
            }
        }
        String name = p.name() + " — " + suffix;
        return new PlannedClass(offer, p, organiser, name.length() > 300 ? name.substring(0, 300) : name, start, end,
                Math.max(1, days * 2), placeKind, place, cluster, delivery, slot, offer.capacity(), perClass, perTrainee, funding,
                women, ethnic, members, r.nextLong());
    }

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    static String pick(SplittableRandom r, String[] values, int[] weights) {
        return values[NamePool.weighted(r, weights)];
    }

    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
