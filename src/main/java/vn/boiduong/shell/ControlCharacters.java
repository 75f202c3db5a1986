package vn.boiduong.shell;

/**
 * Characters no form field, query parameter, file name or JSON text may hold (ASVS 1.2): C0 controls other than tab,
 * line feed and carriage return (text areas keep their lines), DEL and C1 controls, non-characters and lone surrogates.
 * PostgreSQL refuses NUL outright, and the others only ever arrive from tools probing the server.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean present(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A field name fit to be shown back: control characters replaced, at most 60 characters. */
    static String shown(String name) {
        String s = name == null ? "" : name.replaceAll("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF]", "?");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
