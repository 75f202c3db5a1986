package vn.boiduong.tasks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.boiduong.shared.Problems;

/**
 * A report's attachment (tệp đính kèm: the product or its evidence): PDF, DOCX, XLSX, JPEG or PNG, recognised by content
 * (a DOCX or XLSX must be a zip holding {@code word/document.xml} or {@code xl/workbook.xml}), at most {@value #MAX_MB} MB.
 */
final class Attachments {

    static final int MAX_MB = 10;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

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
        if (starts(c, PDF)) {
            return "application/pdf";
        }
        if (starts(c, JPEG)) {
            return "image/jpeg";
        }
        if (starts(c, PNG)) {
            return "image/png";
        }
        if (starts(c, ZIP)) {
            return office(c);
        }
        return null;
    }

    /** The Office type by the entries of the zip (names only, never inflating more than the directory walk needs). */
    private static String office(byte[] c) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < 2_000) {
                if (e.getName().equals("word/document.xml")) {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (e.getName().equals("xl/workbook.xml")) {
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean starts(byte[] c, byte[] magic) {
        return c.length >= magic.length && Arrays.equals(c, 0, magic.length, magic, 0, magic.length);
    }
}
