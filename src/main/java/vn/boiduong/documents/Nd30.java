package vn.boiduong.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The layout rules of Nghị định 30/2020/NĐ-CP, appendix I (thể thức văn bản hành chính), shared by the DOCX and
 * PDF writers: page geometry, type sizes and the punctuation the decree prescribes.
 */
final class Nd30 {

    // ND 30 appendix I (khổ giấy, định lề trang): A4 portrait; margins top and bottom 20–25 mm,
    // left 30–35 mm, right 15–20 mm
    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double MARGIN_TOP_MM = 20;
    static final double MARGIN_BOTTOM_MM = 20;
    static final double MARGIN_LEFT_MM = 30;
    static final double MARGIN_RIGHT_MM = 15;
    static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

    // ND 30 appendix I (cỡ chữ, kiểu chữ of each part), within the ranges given there
    static final int HEADER_BODY_PT = 13;   // tên cơ quan: 12–13, the issuer bold
    static final int NATION_PT = 12;        // quốc hiệu: 12–13, bold caps
    static final int MOTTO_PT = 13;         // tiêu ngữ: 13–14, bold
    static final int BODY_PT = 14;          // tên loại, trích yếu, nội dung: 13–14
    static final int RECIPIENTS_HEAD_PT = 12; // "Nơi nhận:" 12, bold italic
    static final int RECIPIENTS_PT = 11;    // nơi nhận list: 11
    static final int TABLE_PT = 12;         // annex cells (a list attached, not the body)
    static final double FIRST_LINE_INDENT_MM = 12.7; // nội dung: first line indented 1–1.27 cm
    static final int PARAGRAPH_SPACING_PT = 6;       // nội dung: at least 6 pt between paragraphs
    /** Left header column (issuing body) as a share of the text width; the national title takes the rest. */
    static final double HEADER_LEFT_SHARE = 0.43;
    /** Left footer column ("Nơi nhận") as a share of the text width; the signature block takes the rest. */
    static final double FOOTER_LEFT_SHARE = 0.45;
    /** Rule under the issuing body and under the subject: ND 30 asks for 1/3 to 1/2 of the line. */
    static final double SHORT_RULE_SHARE = 0.4;

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final Pattern ONE_DIGIT_NUMBER = Pattern.compile("^\\d(?=/)");
    private static final Pattern INVALID_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Nd30() {
    }

    /**
     * "ngày 05 tháng 01 năm 2026".
     * ND 30 appendix I (thời gian ban hành): days below 10 and months 1 and 2 take a leading zero.
     */
    static String dateWords(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dd = day < 10 ? "0" + day : Integer.toString(day);
        String mm = month <= 2 ? "0" + month : Integer.toString(month);
        return "ngày " + dd + " tháng " + mm + " năm " + date.getYear();
    }

    /** "Số: 05/QĐ-UBND". ND 30 appendix I (số, ký hiệu): numbers below 10 take a leading zero. */
    static String numberLine(String number) {
        String n = clean(number).strip();
        return "Số: " + (ONE_DIGIT_NUMBER.matcher(n).find() ? "0" + n : n);
    }

    /** ND 30 appendix I (căn cứ ban hành): each basis ends with ";" and the last one with ".". */
    static List<String> bases(List<String> bases) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            String b = stripEnd(clean(bases.get(i)), ";.,");
            out.add(b + (i == bases.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /**
     * Whether an article's heading runs into its first paragraph: only the bare label of a decision's article
     * ("Điều 1." followed by its text, ND 30 appendix I); a section heading of a report or plan ("I. KẾT QUẢ …",
     * "1. Mục tiêu") is a block of its own, its first item on the next line.
     */
    static boolean inlineHeading(String heading) {
        return heading != null && heading.strip().matches("Điều\\s+\\d+[a-zđ]?\\.?");
    }

    /** The articles, the last paragraph ending with "./." (ND 30 appendix I: end of the content). */
    static List<OfficialDocument.Article> articles(List<OfficialDocument.Article> articles) {
        List<OfficialDocument.Article> out = new ArrayList<>();
        for (OfficialDocument.Article a : articles) {
            out.add(new OfficialDocument.Article(a.heading() == null ? null : clean(a.heading()),
                    a.paragraphs().stream().map(Nd30::clean).toList()));
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            List<String> ps = new ArrayList<>(out.get(i).paragraphs());
            if (!ps.isEmpty()) {
                String last = ps.get(ps.size() - 1);
                ps.set(ps.size() - 1, last.endsWith("./.") ? last : stripEnd(last, ".;,") + "./.");
                out.set(i, new OfficialDocument.Article(out.get(i).heading(), ps));
                break;
            }
        }
        return out;
    }

    /** The line before the articles ("QUYẾT ĐỊNH:"), or null when the kind has none (a report, a plan). */
    static String promulgation(OfficialDocument d) {
        if (d.authority() == null || d.authority().isBlank()) {
            return null;
        }
        String kind = clean(d.kind()).strip().toUpperCase(VI);
        return switch (kind) {
            case "QUYẾT ĐỊNH" -> "QUYẾT ĐỊNH:";
            case "NGHỊ QUYẾT" -> "QUYẾT NGHỊ:";
            default -> null;
        };
    }

    /** Under an annex title: "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026)" unless given. */
    static String annexSubtitle(OfficialDocument d) {
        String given = d.annex().subtitle();
        if (given != null && !given.isBlank()) {
            return clean(given);
        }
        String kind = clean(d.kind()).strip().toLowerCase(VI);
        String sentence = kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(VI) + kind.substring(1);
        String date = dateWords(d.date());
        return "(Kèm theo " + sentence + " " + numberLine(d.number()).replace("Số:", "số") + " " + date + ")";
    }

    /** Annex columns whose every cell is short (STT, dates, codes) are centred. */
    static boolean[] centredColumns(OfficialDocument.Table t) {
        boolean[] centred = new boolean[t.headers().size()];
        for (int c = 0; c < centred.length; c++) {
            final int col = c;
            centred[c] = t.rows().stream()
                    .allMatch(r -> col >= r.size() || r.get(col) == null || r.get(col).length() <= 12);
        }
        return centred;
    }

    /** Column widths as shares of 1 (equal when none are given). */
    static double[] columnShares(OfficialDocument.Table t) {
        int n = t.headers().size();
        double[] shares = new double[n];
        boolean given = t.relativeWidths().size() == n;
        double total = given ? t.relativeWidths().stream().mapToInt(Integer::intValue).sum() : n;
        for (int c = 0; c < n; c++) {
            shares[c] = (given ? t.relativeWidths().get(c) : 1) / total;
        }
        return shares;
    }

    /** Text as stored, NFC, without characters XML cannot carry (control characters); null becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return INVALID_XML.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)).replaceAll("");
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String stripEnd(String text, String chars) {
        String s = text.strip();
        while (!s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
