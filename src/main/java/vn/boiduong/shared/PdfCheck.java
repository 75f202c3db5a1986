package vn.boiduong.shared;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A PDF checked by its header and its trailer: {@code %PDF-1.x} or {@code %PDF-2.0} first, {@code startxref} and
 * {@code %%EOF} at the end with nothing but white space after (no HTML appended), and no script, launch action or
 * embedded file (a scan or a report needs none).
 */
final class PdfCheck {

    private static final Pattern HEADER = Pattern.compile("%PDF-(1\\.[0-7]|2\\.0)\\s.*", Pattern.DOTALL);
    private static final Pattern ACTIVE = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)(?![A-Za-z0-9])");
    private static final int TAIL = 2_048;

    private PdfCheck() {
    }

    static void check(byte[] c) {
        String head = new String(c, 0, Math.min(c.length, 16), StandardCharsets.ISO_8859_1);
        if (!HEADER.matcher(head).matches()) {
            throw UploadCheck.refused("upload.damaged");
        }
        int from = Math.max(0, c.length - TAIL);
        String tail = new String(c, from, c.length - from, StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        if (eof < 0 || tail.lastIndexOf("startxref", eof) < 0) {
            throw UploadCheck.refused("upload.damaged");
        }
        if (!tail.substring(eof + 5).isBlank() && !tail.substring(eof + 5).chars().allMatch(ch -> ch == 0 || Character.isWhitespace(ch))) {
            throw UploadCheck.refused("upload.trailing");
        }
        if (ACTIVE.matcher(new String(c, StandardCharsets.ISO_8859_1)).find()) {
            throw UploadCheck.refused("upload.pdfActive");
        }
    }
}
