package vn.boiduong.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.boiduong.shared.Problems;

/**
 * What a password must be (OWASP ASVS 5.0 V6.2): 12 to 128 characters, not a few characters repeated, not a run along
 * the digits, the alphabet or a keyboard row, not containing the username, and not one of the most common passwords
 * (the 30,000 of zxcvbn and a Vietnamese list), even with digits or symbols added at either end.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String[] SEQUENCES = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
        "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"};
    private static final Set<String> COMMON = load("com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt",
            "security/common-passwords-vi.txt");

    private PasswordPolicy() {
    }

    /** Adds at most one problem (field "password"), the first rule broken. */
    public static void check(Problems.Collector problems, String password, String username) {
        String reason = problem(password, username);
        if (reason != null) {
            problems.add("password", reason, MIN_LENGTH);
        }
    }

    /** The message code of the first rule {@code password} breaks, or null. */
    static String problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "user.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "user.password.tooLong";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (repeated(lower)) {
            return "user.password.repeated";
        }
        if (longestRun(lower) * 2 >= lower.length()) {
            return "user.password.sequential";
        }
        String name = alnum(username == null ? "" : username.toLowerCase(Locale.ROOT));
        if (name.length() >= 3 && alnum(lower).contains(name)) {
            return "user.password.containsUsername";
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(alnum(lower)) || core.length() >= 4 && COMMON.contains(core)) {
            return "user.password.common";
        }
        return null;
    }

    /** Fewer than five different characters, or one short piece over and over ("abcabcabcabc"). */
    static boolean repeated(String s) {
        if (s.chars().distinct().count() < 5) {
            return true;
        }
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.equals(s.substring(0, unit).repeat(s.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    /** The longest stretch in which each character follows the previous one along a sequence, either way. */
    static int longestRun(String s) {
        int longest = 1;
        for (String seq : SEQUENCES) {
            for (String way : new String[] {seq, new StringBuilder(seq).reverse().toString()}) {
                int run = 1;
                for (int i = 1; i < s.length(); i++) {
                    int at = way.indexOf(s.charAt(i - 1));
                    boolean next = at >= 0 && way.charAt((at + 1) % way.length()) == s.charAt(i);
                    run = next ? run + 1 : 1;
                    longest = Math.max(longest, run);
                }
            }
        }
        return longest;
    }

    private static String alnum(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>();
        for (String resource : resources) {
            try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing password list " + resource);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
