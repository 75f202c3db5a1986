package vn.boiduong.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file is, recognised by its content and never by its name: PDF, JPEG, PNG, and DOCX or XLSX (a zip
 * holding {@code word/document.xml} or {@code xl/workbook.xml}). Each upload decides which of them it accepts.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    /** The content type, or null when the content is none of the types above. */
    public static String sniff(byte[] content) {
        if (starts(content, PDF_MAGIC)) {
            return PDF;
        }
        if (starts(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (starts(content, PNG_MAGIC)) {
            return PNG;
        }
        return starts(content, ZIP_MAGIC) ? office(content) : null;
    }

    /** Whether the content is a zip archive (perhaps an Office file, perhaps damaged). */
    public static boolean isZip(byte[] content) {
        return starts(content, ZIP_MAGIC);
    }

    /** The Office type by the entries of the zip (names only, at most 2,000 entries walked). */
    private static String office(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < 2_000) {
                if (e.getName().equals("word/document.xml")) {
                    return DOCX;
                }
                if (e.getName().equals("xl/workbook.xml")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
