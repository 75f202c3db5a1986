package vn.boiduong.demo;

import java.util.List;
import java.util.SplittableRandom;
import vn.boiduong.shared.PersonName;

/** Vietnamese names by frequency (family names by their share of the population), with diacritics. */
final class NamePool {

    private NamePool() {
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Trịnh", "Mai", "Lương", "Tạ", "Lưu", "Cao", "Hà",
            "Phùng", "Chu", "Quách", "Tô", "Vương", "Triệu", "La", "Đoàn", "Kiều", "Tăng", "Thân"};
    private static final int[] FAMILY_WEIGHT = {380, 110, 95, 70, 50, 20, 45, 39, 20, 21, 20, 14, 13, 13, 10, 5, 10, 10,
            8, 5, 5, 4, 3, 5, 6, 3, 2, 2, 2, 2, 2, 2, 6, 2, 2, 2};

    private static final String[] MIDDLE_M = {"Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Công",
            "Thành", "Ngọc", "Đình", "Tiến", "Mạnh", "Trung", "Hoàng", "Anh", "Hải", "Duy", "Thanh", "Văn Minh", "Quốc"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương",
            "Hồng", "Thúy", "Kim", "Bích", "Hoài", "Mai", "Diệu", "Thị Thu", "Thị Thanh", "Thị Hồng", "Khánh"};
    private static final String[] GIVEN_M = {"Hùng", "Dũng", "Tuấn", "Thắng", "Hải", "Long", "Nam", "Cường", "Hưng",
            "Sơn", "Minh", "Quân", "Đức", "Trung", "Hiếu", "Khánh", "Phong", "Thành", "Toàn", "Vinh", "Bình", "Hòa",
            "Tùng", "Quang", "Huy", "Kiên", "Lâm", "Nghĩa", "Phúc", "Tài", "Thịnh", "Trí", "Việt", "Đạt", "Đông",
            "Hoàng", "An", "Anh", "Bảo", "Chiến", "Công", "Cương", "Duy", "Giang", "Hiệp", "Hậu", "Lợi", "Lực",
            "Mạnh", "Ninh", "Quyết", "Tâm", "Thái", "Thuận", "Tiến", "Trọng", "Tú", "Vũ", "Định", "Khải", "Ân"};
    private static final String[] GIVEN_F = {"Hương", "Lan", "Linh", "Mai", "Hoa", "Hằng", "Nga", "Thảo", "Trang",
            "Huyền", "Hạnh", "Hà", "Thủy", "Yến", "Nhung", "Phương", "Dung", "Loan", "Ngọc", "Oanh", "Quỳnh", "Thu",
            "Vân", "Anh", "Ánh", "Bích", "Chi", "Diệp", "Giang", "Hiền", "Hồng", "Lệ", "Liên", "Ly", "My", "Nguyệt",
            "Nhàn", "Nhi", "Tâm", "Thanh", "Thúy", "Tuyết", "Uyên", "Xuân", "Đào", "Duyên", "Hậu", "Khánh", "Lụa",
            "Ngân", "Trâm", "Vy", "Ấn", "Ân"};

    /** Family names common in some ethnic groups (by the 2008 code). */
    private static final java.util.Map<String, List<String>> ETHNIC_FAMILY = java.util.Map.of(
            "02", List.of("Hoàng", "Nông", "Lục", "Bế", "Ma", "Đàm", "Hà"),
            "03", List.of("Lò", "Lường", "Quàng", "Cầm", "Hà", "Vi"),
            "04", List.of("Bùi", "Đinh", "Quách", "Hà", "Xa"),
            "05", List.of("Thạch", "Sơn", "Danh", "Kim", "Lâm"),
            "07", List.of("Hoàng", "Nông", "Lương", "Vi", "Lăng", "Chu"),
            "08", List.of("Giàng", "Sùng", "Vàng", "Lý", "Thào", "Hầu", "Mùa"),
            "09", List.of("Triệu", "Bàn", "Lý", "Đặng"),
            "10", List.of("Ksor", "Rơ Châm", "Siu", "Rah Lan", "Kpă"),
            "11", List.of("Niê", "Mlô", "Byă", "Êban", "Ksơr"),
            "12", List.of("Đinh", "A", "Y"));

    static PersonName name(SplittableRandom random, boolean female, String ethnicity) {
        String family;
        List<String> ethnic = ETHNIC_FAMILY.get(ethnicity);
        if (ethnic != null && random.nextInt(10) < 8) {
            family = ethnic.get(random.nextInt(ethnic.size()));
        } else {
            family = FAMILY[weighted(random, FAMILY_WEIGHT)];
        }
        String middle = female ? MIDDLE_F[random.nextInt(MIDDLE_F.length)] : MIDDLE_M[random.nextInt(MIDDLE_M.length)];
        String given = female ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)];
        return new PersonName(family, middle, given); // two-word family names ("Rơ Châm") stay whole
    }

    static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
