package vn.boiduong.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import vn.boiduong.HostileFiles;

/** The hostile values {@link ApiFuzz} draws from: texts, JSON values of right and wrong types, junk bodies, uploads. */
final class FuzzValues {

    private static final String[] TEXTS = {"", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m", "\r\n\r\n", "<script>alert(1)</script>",
            "' or 1=1 --", "\"; drop table person; --", "../../etc/passwd", "%00", "\uD800", "😀𝕏", "９９", "null", "true", "-1", "1e309",
            "99999999999999999999", "31/02/2026", "2026-13-45", "00/00/0000", "32/13/99999", "NaN", "{}", "[]", "Nguyễn Văn A",
            "11446", "11446-VHXH", "ACTIVE", "CANH_CAO", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "*", "%", "_", "\\"};
    private static final String[] JUNK = {"", "{", "}", "[", "null", "0", "\"x\"", "[1,2,3]", "{\"a\":", "{'a':1}", "\u0000",
            "{\"a\":1,\"a\":2}", "tru", "[[[[[[[[[[]]]]]]]]]]", "{\"\\u0000\":1}"};

    private FuzzValues() {
    }

    static String text(Random random) {
        int pick = random.nextInt(TEXTS.length + 3);
        if (pick == TEXTS.length) {
            return "x".repeat(1 + random.nextInt(20_000));
        }
        if (pick == TEXTS.length + 1) {
            return String.valueOf(random.nextLong());
        }
        if (pick == TEXTS.length + 2) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append((char) random.nextInt(0x3000));
            }
            return b.toString();
        }
        return TEXTS[pick];
    }

    /** A JSON value: mostly of the declared type with a hostile content, else of another type, null or deep junk. */
    static String jsonValue(Random random, String type, int depth) {
        int pick = random.nextInt(10);
        if (pick == 0 || depth > 3) {
            return "null";
        }
        if (pick == 1) {
            return deep(random.nextInt(3) == 0 ? 1_500 : 30);
        }
        if (pick <= 3) {
            type = new String[] {"string", "integer", "number", "boolean", "array", "object"}[random.nextInt(6)];
        }
        return switch (type) {
            case "integer", "number" -> new String[] {"0", "-1", "2147483648", "-9223372036854775809", "1e400", "1.5", "123456789012345678901234567890",
                    "\"12\"", "\"abc\""}[random.nextInt(9)];
            case "boolean" -> new String[] {"true", "false", "\"yes\"", "1"}[random.nextInt(4)];
            case "array" -> random.nextInt(5) == 0 ? "[" + "1,".repeat(5_000) + "1]"
                    : "[" + jsonValue(random, "string", depth + 1) + "," + jsonValue(random, "object", depth + 1) + "]";
            case "object" -> "{" + quote(text(random)) + ":" + jsonValue(random, "string", depth + 1) + ",\"id\":" + jsonValue(random, "integer", depth + 1) + "}";
            default -> quote(text(random));
        };
    }

    static String junkJson(Random random) {
        return random.nextInt(4) == 0 ? deep(random.nextInt(2) == 0 ? 5_000 : 100) : JUNK[random.nextInt(JUNK.length)];
    }

    private static String deep(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** A JSON string literal; control characters escaped as \\uXXXX, lone surrogates too. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A multipart body: a hostile file under a hostile name, with hostile text fields beside it (or no file at all). */
    static byte[] multipart(Random random, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] names = {"a.pdf", "\u0000.xlsx", "../../../etc/passwd", "x".repeat(600) + ".pdf", "", "ảnh chụp.png", "a\r\nb.pdf"};
        byte[][] files = {HostileFiles.exe(), HostileFiles.png(), HostileFiles.jpeg(), HostileFiles.docx(), HostileFiles.pdf("x"),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), new byte[0], randomBytes(random)};
        if (random.nextInt(6) > 0) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (random.nextInt(8) == 0 ? "other" : "file")
                    + "\"; filename=\"" + names[random.nextInt(names.length)] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(files[random.nextInt(files.length)]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (String field : new String[] {"certificateNo", "certificateDate", "note", "percent", "text", "product", "version"}) {
            if (random.nextInt(3) == 0) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + text(random) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        out.writeBytes((random.nextInt(10) == 0 ? "--" + boundary : "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(4_096)];
        random.nextBytes(b);
        return b;
    }
}
