package vn.boiduong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.boiduong.people.NewPerson;
import vn.boiduong.shared.PersonName;

/**
 * Deterministic generator of the cadres of one commune: the same seed and commune code always give the same
 * people, whether the commune is generated alone or as part of its province or the nation.
 */
public final class SyntheticPeople {

    /** The reorganisation date: positions held since then are the "new" ones. */
    static final LocalDate REORG = LocalDate.of(2025, 7, 1);
    static final LocalDate REFERENCE = LocalDate.of(2026, 7, 1);

    /**
     * One commune to fill: its agencies by code suffix (DU, HDND, UBND, VP, KT, VHXH, PVHCC, MTTQ) and its
     * place among the province's communes in code order (it makes citizen IDs unique within the province).
     */
    public record Commune(String communeCode, String provinceCode, int ordinal, Map<String, Long> agencies) {
    }

    private final long seed;

    private static final String[] OTHER_FIELDS = {"Sư phạm", "Kinh tế", "Luật", "Nông nghiệp", "Công nghệ thông tin",
            "Văn hóa học", "Quản trị kinh doanh", "Ngôn ngữ Anh", "Kỹ thuật điện"};

    public SyntheticPeople(long seed) {
        this.seed = seed;
    }

    public List<NewPerson> generate(Commune commune) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + Long.parseLong(commune.communeCode()));
        int target = (int) Math.round(105 + random.nextGaussian() * 15);
        List<CommunePositions.Position> slots = new ArrayList<>();
        for (CommunePositions.Position position : CommunePositions.ALL) {
            int n = position.min() + random.nextInt(position.max() - position.min() + 1);
            for (int i = 0; i < n; i++) {
                slots.add(position);
            }
        }
        List<CommunePositions.Position> growable = CommunePositions.ALL.stream()
                .filter(p -> CommunePositions.GROWABLE.contains(p.code())).toList();
        while (slots.size() < target) {
            slots.add(growable.get(random.nextInt(growable.size())));
        }
        Ethnicities.Profile ethnic = Ethnicities.profile(commune.provinceCode());
        List<NewPerson> people = new ArrayList<>(slots.size());
        int seq = 1;
        for (CommunePositions.Position position : slots) {
            people.add(person(random, commune, position, ethnic, seq++));
        }
        return people;
    }

    private static NewPerson person(SplittableRandom r, Commune commune, CommunePositions.Position pos,
                                    Ethnicities.Profile ethnic, int seq) {
        String code = String.format("%s-%04d", commune.communeCode(), seq);
        boolean leader = pos.leader();
        boolean female = r.nextInt(100) < (leader ? 25 : 52);
        String ethnicity = ethnic.pick(r);
        PersonName name = NamePool.name(r, female, ethnicity);
        int age = leader ? 34 + r.nextInt(26) : 24 + r.nextInt(34);
        LocalDate birth = REFERENCE.minusYears(age).minusDays(r.nextInt(365));
        LocalDate joined = birth.plusYears(22 + r.nextInt(6)).plusDays(r.nextInt(200));
        if (joined.isAfter(REORG)) {
            joined = REORG.minusDays(30 + r.nextInt(300));
        }
        boolean party = leader || pos.staffKind().equals("CAN_BO") || r.nextInt(100) < 72;
        LocalDate partySince = null;
        if (party) {
            partySince = birth.plusYears(21 + r.nextInt(10));
            if (partySince.isAfter(REORG)) {
                partySince = REORG.minusDays(r.nextInt(700) + 30);
            }
        }
        String education = pick(r, leader ? new String[] {"DAI_HOC", "THAC_SI", "TIEN_SI"} : new String[] {"TRUNG_CAP", "CAO_DANG", "DAI_HOC", "THAC_SI"},
                leader ? new int[] {78, 20, 2} : new int[] {3, 5, 85, 7});
        String theory = topLeader(pos)
                ? pick(r, new String[] {"TRUNG_CAP", "CAO_CAP", "CU_NHAN"}, new int[] {25, 65, 10})
                : leader ? pick(r, new String[] {"SO_CAP", "TRUNG_CAP", "CAO_CAP"}, new int[] {12, 70, 18})
                : pick(r, new String[] {"NONE", "SO_CAP", "TRUNG_CAP"}, new int[] {30, 47, 23});
        String stateMgmt = leader
                ? pick(r, new String[] {"NONE", "CHUYEN_VIEN", "CHUYEN_VIEN_CHINH", "CHUYEN_VIEN_CAO_CAP"}, new int[] {10, 32, 55, 3})
                : pick(r, new String[] {"NONE", "CHUYEN_VIEN"}, new int[] {45, 55});
        String rank = pos.staffKind().equals("CONG_CHUC") || pos.staffKind().equals("CAN_BO")
                ? (pos.code().equals("VAN_THU") ? "01.004" : leader && r.nextInt(100) < 35 ? "01.002" : r.nextInt(100) < 6 ? "01.004" : "01.003")
                : null;
        boolean affected = r.nextInt(100) < 45;
        // many placed in a new position by the 2025 reorganisation studied for another one (seed 001 IV.2)
        String field = affected && r.nextInt(100) < 35 ? OTHER_FIELDS[r.nextInt(OTHER_FIELDS.length)] : pos.field();
        List<NewPerson.PastAssignment> history = new ArrayList<>();
        if (affected) {
            long unit = commune.agencies().get(pos.agency());
            history.add(new NewPerson.PastAssignment(unit, former(pos), joined, REORG.minusDays(1),
                    "Trước sắp xếp đơn vị hành chính 2025"));
        }
        return new NewPerson(code, name, birth, female ? "F" : "M", ethnicity,
                citizenId(commune, seq, birth, female), partySince, pos.staffKind(), leader, pos.title(),
                pos.code(), rank, education, field, theory, stateMgmt,
                pick(r, new String[] {"CO_BAN", "NANG_CAO", null}, new int[] {70, 12, 18}),
                pick(r, new String[] {"A2", "B1", "B2", null}, new int[] {30, 35, 10, 25}),
                r.nextInt(100) < 4, r.nextInt(100) < pos.committee(), affected,
                joined, commune.agencies().get(pos.agency()), history);
    }

    private static boolean topLeader(CommunePositions.Position pos) {
        return pos.code().equals("BI_THU_DANG_UY") || pos.code().equals("CT_UBND") || pos.code().equals("PHO_BI_THU_DANG_UY");
    }

    private static String former(CommunePositions.Position pos) {
        return pos.leader() ? pos.title() + " (xã/phường cũ)" : pos.title().replace("Chuyên viên", "Công chức") + " (xã/phường cũ)";
    }

    /**
     * Căn cước: 3-digit place code, century-and-gender digit, 2-digit year of birth, 6 digits — here the
     * commune's ordinal and the person's number in it, so that generated IDs never collide.
     */
    private static String citizenId(Commune commune, int seq, LocalDate birth, boolean female) {
        int century = birth.getYear() >= 2000 ? 2 : 0;
        return String.format("0%s%d%02d%03d%03d", commune.provinceCode(), century + (female ? 1 : 0), birth.getYear() % 100,
                commune.ordinal() % 1000, seq % 1000);
    }

    private static String pick(SplittableRandom r, String[] values, int[] weights) {
        return values[NamePool.weighted(r, weights)];
    }
}
