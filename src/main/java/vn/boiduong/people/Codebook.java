package vn.boiduong.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.VietnameseText;

/**
 * The coded values of a personnel file with their Vietnamese labels, taken from the same messages the UI
 * shows, so that a spreadsheet, a form and a page all speak the same words. Parsing accepts the code or
 * the label, with or without accents ("Đại học", "dai hoc", "DAI_HOC").
 */
@Component
public class Codebook {

    /** One coded field: its codes in display order and their labels. */
    public record Field(String name, Map<String, String> labels, Map<String, String> byKey) {

        Field(String name, Map<String, String> labels) {
            this(name, labels, keys(labels));
        }

        /** Every accepted spelling (code, label without accents) → code, computed once. */
        private static Map<String, String> keys(Map<String, String> labels) {
            Map<String, String> m = new java.util.HashMap<>();
            labels.forEach((code, label) -> {
                m.put(VietnameseText.searchKey(label), code);
                m.put(label.toLowerCase(VietnameseText.VI), code);
                m.put(code.toLowerCase(java.util.Locale.ROOT), code);
            });
            return Map.copyOf(m);
        }

        public List<String> labelList() {
            return new ArrayList<>(labels.values());
        }

        public String label(String code) {
            return code == null ? "" : labels.getOrDefault(code, code);
        }

        public Optional<String> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            String code = byKey.get(text.strip().toLowerCase(VietnameseText.VI));
            return Optional.ofNullable(code != null ? code : byKey.get(VietnameseText.searchKey(text)));
        }
    }

    public final Field staffKind;
    public final Field gender;
    public final Field ethnicity;
    public final Field rank;
    public final Field education;
    public final Field politicalTheory;
    public final Field stateManagement;
    public final Field it;
    public final Field yesNo;

    Codebook(MessageSource messages) {
        staffKind = field(messages, "staffKind", Levels.STAFF_KINDS);
        gender = field(messages, "gender", List.of("M", "F"));
        List<String> ethnicCodes = new ArrayList<>();
        for (int i = 1; i <= 54; i++) {
            ethnicCodes.add(String.format("%02d", i));
        }
        ethnicity = field(messages, "ethnicity", ethnicCodes);
        rank = field(messages, "rank", Levels.RANKS);
        education = field(messages, "education", Levels.EDUCATION);
        politicalTheory = field(messages, "theory", Levels.POLITICAL_THEORY);
        stateManagement = field(messages, "stateMgmt", Levels.STATE_MANAGEMENT);
        it = field(messages, "it", List.of("CO_BAN", "NANG_CAO"));
        Map<String, String> yn = new LinkedHashMap<>();
        yn.put("true", "Có");
        yn.put("false", "Không");
        yesNo = new Field("yesNo", yn);
    }

    /** "Có", "x", "1", "true", "yes" → true; "Không", "0", "false", "no", blank → false; else empty. */
    public Optional<Boolean> parseYesNo(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(false);
        }
        String key = VietnameseText.searchKey(text).strip();
        return switch (key) {
            case "co", "x", "1", "true", "yes", "c" -> Optional.of(true);
            case "khong", "0", "false", "no", "k" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Field field(MessageSource messages, String prefix, List<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes) {
            labels.put(code, messages.getMessage(prefix + "." + code, null, code, VietnameseText.VI));
        }
        return new Field(prefix, labels);
    }
}
