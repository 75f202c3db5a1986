package vn.boiduong.demo;

import java.util.Map;
import java.util.SplittableRandom;

/** Rough ethnic make-up of commune staff by province (codes of QĐ 1019/QĐ-TCTK 2008). */
final class Ethnicities {

    private Ethnicities() {
    }

    /** {@code minorityPercent} of people drawn from {@code minorities}, the rest Kinh ("01"). */
    record Profile(int minorityPercent, String... minorities) {
        String pick(SplittableRandom r) {
            if (minorities.length == 0 || r.nextInt(100) >= minorityPercent) {
                return "01";
            }
            return minorities[r.nextInt(minorities.length)];
        }
    }

    private static final Profile DEFAULT = new Profile(2, "06", "04", "02");

    private static final Map<String, Profile> BY_PROVINCE = Map.ofEntries(
            Map.entry("04", new Profile(88, "02", "07", "02", "09", "08")),
            Map.entry("08", new Profile(60, "02", "09", "08", "14")),
            Map.entry("11", new Profile(75, "03", "08", "03", "09")),
            Map.entry("12", new Profile(80, "03", "08", "09")),
            Map.entry("14", new Profile(80, "03", "03", "08", "04")),
            Map.entry("15", new Profile(50, "02", "08", "09", "26")),
            Map.entry("19", new Profile(30, "02", "07", "17")),
            Map.entry("20", new Profile(80, "07", "02", "09")),
            Map.entry("22", new Profile(10, "09", "02", "17")),
            Map.entry("25", new Profile(20, "04", "04", "09")),
            Map.entry("38", new Profile(15, "04", "03")),
            Map.entry("40", new Profile(12, "03", "24", "08")),
            Map.entry("44", new Profile(6, "22", "28")),
            Map.entry("51", new Profile(15, "18", "13", "25")),
            Map.entry("52", new Profile(35, "10", "12")),
            Map.entry("56", new Profile(6, "19", "16")),
            Map.entry("66", new Profile(30, "11", "20", "10")),
            Map.entry("68", new Profile(20, "15", "20", "29")),
            Map.entry("79", new Profile(3, "06")),
            Map.entry("91", new Profile(10, "05", "16")),
            Map.entry("92", new Profile(12, "05", "06")),
            Map.entry("86", new Profile(6, "05")),
            Map.entry("96", new Profile(3, "05", "06")));

    static Profile profile(String provinceCode) {
        return BY_PROVINCE.getOrDefault(provinceCode, DEFAULT);
    }
}
