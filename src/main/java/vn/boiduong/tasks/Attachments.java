package vn.boiduong.tasks;

import vn.boiduong.shared.FileTypes;
import vn.boiduong.shared.UploadCheck;

/**
 * A report's attachment (tệp đính kèm: the product or its evidence): PDF, DOCX, XLSX, JPEG or PNG, recognised by content
 * (a DOCX or XLSX must be a zip holding {@code word/document.xml} or {@code xl/workbook.xml}), at most {@value #MAX_MB} MB.
 */
final class Attachments {

    static final int MAX_MB = 10; // UploadCheck.Kind.TASK_ATTACHMENT

    private Attachments() {
    }

    record Checked(String filename, String contentType, byte[] content) {
    }

    /** The shared upload check: type by content, archive limits, no XML entity, no damaged or disguised file. */
    static Checked check(String filename, byte[] content) {
        UploadCheck.Checked c = UploadCheck.check(UploadCheck.Kind.TASK_ATTACHMENT, filename, content);
        return new Checked(c.filename(), c.contentType(), c.content());
    }

    static String typeOf(byte[] c) {
        return FileTypes.sniff(c);
    }
}
