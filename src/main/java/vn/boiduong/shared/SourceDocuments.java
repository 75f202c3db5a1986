package vn.boiduong.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The source documents the rules come from, cited as an officer cites them: by number where the document has
 * one, else by issuer and title in short. The one place that names them; the data stored by the early migrations
 * (which cited the documents by their internal seed numbers) is rewritten by V19 with the same words, and
 * {@link #cite} rewrites such a reference wherever one still arrives (old audit snapshots).
 */
public final class SourceDocuments {

    /** seed 000: Kế hoạch 219/KH-UBND ngày 09/6/2026 của UBND phường Phù Liễn. */
    public static final String KH_219 = "Kế hoạch 219/KH-UBND";
    /** seed 001: the city's plan implementing Đề án 700 (the text carries no number). */
    public static final String KH_DE_AN_700 = "Kế hoạch triển khai Đề án 700 của UBND thành phố";
    /** seed 002: plan of phường Việt Hòa (number left blank in the text). */
    public static final String KH_VIET_HOA = "Kế hoạch nâng cao chất lượng đội ngũ cán bộ, công chức của UBND phường Việt Hòa";
    /** seed 003: Chương trình hành động 17-CTr/ĐU of the ward's Party Committee. */
    public static final String CTR_17 = "Chương trình hành động 17-CTr/ĐU";
    /** seed 004: the province's training plan 2023–2025 (decision number left blank in the text). */
    public static final String KH_TINH_2023 = "Kế hoạch đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của UBND tỉnh";

    private static final Map<Pattern, String> REWRITES = new LinkedHashMap<>();

    static {
        rule("KH tỉnh — mục (\\S+) \\(seed 001\\)", KH_DE_AN_700 + ", mục $1");
        rule("KH phường — mục (\\S+) \\(seed 000\\)", KH_219 + ", mục $1");
        rule("CTHĐ Đảng ủy phường — mục (.+?) \\(seed 003\\)", CTR_17 + ", mục $1");
        rule("KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục (\\S+) \\(seed 004\\)", KH_TINH_2023 + ", mục $1");
        rule("KH đào tạo, bồi dưỡng CBCCVC 2023 - 2025 của tỉnh — mục (\\S+) \\(seed 004; ", KH_TINH_2023 + ", mục $1 (");
        rule("KH seed 003 ", CTR_17 + ", mục ");
        rule("[Ss]eed 000 ", KH_219 + ", mục ");
        rule("[Ss]eed 001 ", KH_DE_AN_700 + ", mục ");
        rule("[Ss]eed 002 ", KH_VIET_HOA + ", mục ");
        rule("[Ss]eed 003 ", CTR_17 + ", mục ");
        rule("[Ss]eed 004 ", KH_TINH_2023 + ", mục ");
        rule("; 001 ", "; " + KH_DE_AN_700 + ", mục ");
        rule("DOMAIN\\.md rule 3 \\(004\\)", KH_TINH_2023);
        rule("; DOMAIN\\.md \\(tiêu chuẩn LLCT\\)", "; tiêu chuẩn lý luận chính trị của vị trí việc làm");
        rule("DOMAIN\\.md \\(tiêu chuẩn LLCT công chức cấp xã\\)", "Tiêu chuẩn lý luận chính trị của công chức cấp xã");
    }

    private SourceDocuments() {
    }

    private static void rule(String regex, String replacement) {
        REWRITES.put(Pattern.compile(regex), replacement);
    }

    /** The text with every internal seed reference replaced by the document's official citation; null for null. */
    public static String cite(String text) {
        if (text == null || !(text.contains("seed") || text.contains("Seed") || text.contains("DOMAIN.md"))) {
            return text;
        }
        String out = text;
        for (var rewrite : REWRITES.entrySet()) {
            out = rewrite.getKey().matcher(out).replaceAll(rewrite.getValue());
        }
        return out;
    }
}
