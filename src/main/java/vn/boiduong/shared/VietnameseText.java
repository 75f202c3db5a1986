package vn.boiduong.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;
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

    /** Lower-case, diacritics removed, đ mapped to d: "Nguyễn Văn Đức" → "nguyen van duc". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
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

    /** Compares full names the Vietnamese way (given, middle, family). */
    public static int compareNames(String a, String b) {
        return java.util.Arrays.compareUnsigned(nameSortKey(PersonName.parse(a)), nameSortKey(PersonName.parse(b)));
    }
}
