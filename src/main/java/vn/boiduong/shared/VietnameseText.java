package vn.boiduong.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules: NFC storage, diacritics-free search keys (đ→d), and name ordering by given name,
 * then middle name, then family name in vi-VN collation (letter order a ă â b c d đ e ê …, tones
 * none, huyền, hỏi, ngã, sắc, nặng).
 */
public final class VietnameseText {

    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(VI);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    });

    private VietnameseText() {
    }

    /** Trims, folds runs of white space and normalises to NFC; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (needsFolding(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** True when the text holds a run of spaces or any other white space (the common case needs no regex). */
    private static boolean needsFolding(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < s.length() && s.charAt(i + 1) == ' '))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name as stored: {@link #clean} and the typographic apostrophes that Word and phones type
     * (’ U+2019, ‘ U+2018, ʼ U+02BC) written as the ASCII apostrophe: "Ksor H’Bia" → "Ksor H'Bia".
     */
    public static String name(String text) {
        String s = clean(text);
        return s == null ? null : apostrophes(s);
    }

    private static String apostrophes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    /** Lower case with the accents kept (NFC, ASCII apostrophes), for matching a name exactly as typed. */
    public static String lowerKey(String text) {
        if (text == null) {
            return "";
        }
        return name(text).toLowerCase(Locale.ROOT);
    }

    /** Lower-case, diacritics removed, đ mapped to d: "Nguyễn Văn Đức" → "nguyen van duc". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(apostrophes(decomposed)).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** A collator for vi-VN; not thread-safe, one per thread. */
    public static Collator collator() {
        return COLLATOR.get();
    }

    /**
     * Byte key that orders names the Vietnamese way when compared as unsigned bytes (PostgreSQL bytea):
     * given name first, then middle name, then family name, each compared fully before the next.
     */
    public static byte[] nameSortKey(PersonName name) {
        Collator collator = collator();
        byte[] given = collator.getCollationKey(name.given()).toByteArray();
        byte[] middle = collator.getCollationKey(name.middle()).toByteArray();
        byte[] family = collator.getCollationKey(name.family()).toByteArray();
        byte[] key = new byte[given.length + middle.length + family.length + 4];
        int at = 0;
        for (byte[] part : new byte[][] {given, middle, family}) {
            System.arraycopy(part, 0, key, at, part.length);
            at += part.length + 2; // 0x0000 separator sorts before every collation element
        }
        return key;
    }

    /**
     * Compares names that are not people's (units, programmes, positions, providers, agencies) the Vietnamese
     * way over the whole text, word by word: "Đào tạo" after "Dân vận", "Ủy ban" among the U. Nulls last.
     */
    public static int compareText(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        // word by word, as Vietnamese dictionaries do: "Ủy nhiệm" before "Uyên", "Hà Nội" before "Hàm"
        Collator collator = collator();
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int r = collator.compare(x[i], y[i]);
            if (r != 0) {
                return r;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : collator.compare(a, b);
    }

    /** Vietnamese order of items by a name that is not a person's; the one comparator of every drop-down. */
    public static <T> Comparator<T> byText(Function<? super T, String> name) {
        return (x, y) -> compareText(name.apply(x), name.apply(y));
    }

    /** A new list of the items in Vietnamese order of {@code name}. */
    public static <T> List<T> sortedByText(Collection<T> items, Function<? super T, String> name) {
        return items.stream().sorted(byText(name)).toList();
    }

    /** A new map, insertion-ordered by its values (the labels) in Vietnamese order. */
    public static <K> Map<K, String> sortedByValue(Map<K, String> labels) {
        Map<K, String> out = new LinkedHashMap<>();
        labels.entrySet().stream().sorted(byText(Map.Entry::getValue)).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Compares full names the Vietnamese way (given, middle, family). */
    public static int compareNames(String a, String b) {
        return java.util.Arrays.compareUnsigned(nameSortKey(PersonName.parse(a)), nameSortKey(PersonName.parse(b)));
    }
}
