package vn.boiduong.tasks;

import vn.boiduong.shared.FileTypes;
import vn.boiduong.shared.Problems;

/**
 * A report's attachment (tệp đính kèm: the product or its evidence): PDF, DOCX, XLSX, JPEG or PNG, recognised by content
 * (a DOCX or XLSX must be a zip holding {@code word/document.xml} or {@code xl/workbook.xml}), at most {@value #MAX_MB} MB.
 */
final class Attachments {

    static final int MAX_MB = 10;

    private Attachments() {
    }

    record Checked(String filename, String contentType, byte[] content) {
    }

    static Checked check(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Problems.InvalidInput("file", "tasks.file.empty");
        }
        if (content.length > MAX_MB * 1024 * 1024) {
            throw new Problems.InvalidInput("file", "tasks.file.tooBig", MAX_MB);
        }
        String type = typeOf(content);
        if (type == null) {
            throw new Problems.InvalidInput("file", "tasks.file.type");
        }
        String name = filename == null || filename.isBlank() ? "tep-dinh-kem" : filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return new Checked(name.length() > 150 ? name.substring(0, 150) : name, type, content);
    }

    static String typeOf(byte[] c) {
        return FileTypes.sniff(c);
    }
}
