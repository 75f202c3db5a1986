package vn.boiduong.shared;

import java.util.Locale;
import java.util.Map;

/**
 * A name search as a person expects it, shared by the lists that search people by name: matches the name without
 * accents anywhere (the trigram index on the accent-free column), or a code by its start in any case; ranks code
 * matches first (whole code, then by prefix), then whole words before word starts before matches inside a word,
 * and at each of these the name as typed with its accents (NFC, any case) before the same letters without them.
 * Callers order by {@link #rank} and then their usual (Vietnamese name) order.
 *
 * <p>The SQL uses the named parameters {@code nsKey}, {@code nsLower}, {@code nsCode}, {@code nsCodePrefix}
 * from {@link #params()}.
 */
public record NameSearch(String key, String lower, String code, String codePrefix) {

    /** From what the user typed; blank gives an empty search that matches everyone. */
    public static NameSearch of(String typed) {
        String key = escape(VietnameseText.searchKey(typed));
        String lower = escape(VietnameseText.lowerKey(typed));
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return new NameSearch(key, lower, code, escape(code) + "%");
    }

    public boolean isEmpty() {
        return key.isEmpty() && code.isEmpty();
    }

    /**
     * The condition: the accent-free name column contains the key, or the code column starts with the code.
     * @param searchColumn the accent-free lower-case name ({@code p.search_name}), trigram-indexed
     * @param codeColumn a code column searched by prefix in any case, or null
     */
    public static String condition(String searchColumn, String codeColumn) {
        String name = searchColumn + " like '%' || :nsKey || '%'";
        return codeColumn == null ? "(" + name + ")" : "(" + name + " or lower(" + codeColumn + ") like :nsCodePrefix)";
    }

    /**
     * The rank (smaller first): 0 whole code, 1 code prefix, then 2/3 whole word with/without accents,
     * 4/5 start of a word, 6/7 inside a word.
     * @param nameColumn the name as stored (NFC, with accents)
     */
    public static String rank(String searchColumn, String nameColumn, String codeColumn) {
        String lowerName = "lower(" + nameColumn + ")";
        String codes = codeColumn == null ? "" : "when lower(" + codeColumn + ") = :nsCode then 0 "
                + "when lower(" + codeColumn + ") like :nsCodePrefix then 1 ";
        return "(case " + codes
                + "when ' ' || " + lowerName + " || ' ' like '% ' || :nsLower || ' %' then 2 "
                + "when ' ' || " + searchColumn + " || ' ' like '% ' || :nsKey || ' %' then 3 "
                + "when ' ' || " + lowerName + " like '% ' || :nsLower || '%' then 4 "
                + "when ' ' || " + searchColumn + " like '% ' || :nsKey || '%' then 5 "
                + "when " + lowerName + " like '%' || :nsLower || '%' then 6 else 7 end)";
    }

    public Map<String, Object> params() {
        return Map.of("nsKey", key, "nsLower", lower, "nsCode", code, "nsCodePrefix", codePrefix);
    }

    /** LIKE wildcards typed by the user match themselves (PostgreSQL's default escape is the backslash). */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
