package vn.boiduong.shared;

import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one content check every upload passes (ASVS 5.2): the type is recognised by content, never by name; each kind
 * of upload has its own size limit, named in the error; archives (XLSX, DOCX) are inflated under limits with no DTD or
 * XML entity and no damaged entry; images must be structurally whole with nothing hidden after their end and no
 * markup inside; PDFs need a valid header and trailer and no script, launch action or embedded file.
 */
public final class UploadCheck {

    private static final long MB = 1024L * 1024;
    private static final Set<String> SPREADSHEET = Set.of(FileTypes.XLSX);
    private static final Set<String> SCAN = Set.of(FileTypes.PDF, FileTypes.JPEG, FileTypes.PNG);
    private static final Set<String> ATTACHMENT = Set.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX, FileTypes.JPEG, FileTypes.PNG);

    /** What an upload is for: its accepted types, its size limit and how far its archives may inflate. */
    public enum Kind {
        /** danh sách cán bộ: the people roster read by the import. */
        ROSTER("roster", SPREADSHEET, 20, 400, "xlsx"),
        /** bảng kết quả lớp: a class's results filled in by the school. */
        RESULT_SHEET("resultSheet", SPREADSHEET, 10, 200, "xlsx"),
        /** danh sách nhiệm vụ: the tasks of an action plan. */
        TASK_PLAN("taskPlan", SPREADSHEET, 10, 200, "xlsx"),
        /** bản chụp chứng chỉ: a certificate scan sent by a trainee. */
        CERTIFICATE_SCAN("certificateScan", SCAN, 5, 0, "scan"),
        /** tệp đính kèm báo cáo nhiệm vụ: the product or evidence of a task. */
        TASK_ATTACHMENT("taskAttachment", ATTACHMENT, 10, 200, "attachment");

        private final String key;
        private final Set<String> types;
        private final int maxMegabytes;
        private final int maxInflatedMegabytes;
        private final String typesKey;

        Kind(String key, Set<String> types, int maxMegabytes, int maxInflatedMegabytes, String typesKey) {
            this.key = key;
            this.types = types;
            this.maxMegabytes = maxMegabytes;
            this.maxInflatedMegabytes = maxInflatedMegabytes;
            this.typesKey = typesKey;
        }

        public int maxMegabytes() {
            return maxMegabytes;
        }

        public Set<String> types() {
            return types;
        }

        /** The kind's name in the user's language ("bản chụp chứng chỉ"), resolved with the message. */
        DefaultMessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("upload.kind." + key);
        }

        DefaultMessageSourceResolvable typeList() {
            return new DefaultMessageSourceResolvable("upload.types." + typesKey);
        }

        /** Spreadsheets are read by the streaming reader, which finds damaged XML itself; stored files are parsed here. */
        boolean storedAsIs() {
            return this == TASK_ATTACHMENT;
        }

        long maxInflatedBytes() {
            return maxInflatedMegabytes * MB;
        }
    }

    /** An upload that passed: a harmless file name, the type found by content, the bytes. */
    public record Checked(String filename, String contentType, byte[] content) {
    }

    private UploadCheck() {
    }

    /** Checks an upload of the given kind; every refusal is a 400 on field {@code file} saying why. */
    public static Checked check(Kind kind, String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("upload.empty");
        }
        if (content.length > kind.maxMegabytes * MB) {
            throw refused("upload.tooLarge", kind.maxMegabytes, kind.label());
        }
        if (kind.types.equals(SPREADSHEET) && content.length >= 8 && org.dhatim.fastexcel.reader.ReadableWorkbook.isOLE2Header(content)) {
            throw refused("upload.oldExcel");
        }
        boolean office = kind.types.contains(FileTypes.XLSX) || kind.types.contains(FileTypes.DOCX);
        String type = office && FileTypes.isZip(content) ? ArchiveCheck.check(content, kind.maxInflatedBytes(), kind.storedAsIs())
                : FileTypes.sniff(content);
        if (type == null || !kind.types.contains(type)) {
            throw refused("upload.type", kind.typeList(), kind.label());
        }
        switch (type) {
            case FileTypes.PNG -> ImageCheck.png(content);
            case FileTypes.JPEG -> ImageCheck.jpeg(content);
            case FileTypes.PDF -> PdfCheck.check(content);
            default -> { } // the archive was checked whole above
        }
        return new Checked(safeName(filename, kind == Kind.CERTIFICATE_SCAN ? "chung-chi" : "tep-tai-len"), type, content);
    }

    /** A file name that is safe to store and to send back in a header: letters, digits, dot, dash, space; 150 at most. */
    public static String safeName(String filename, String fallback) {
        String name = filename == null || filename.isBlank() ? fallback : filename.strip().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.length() > 150 ? name.substring(0, 150) : name;
    }

    static Problems.InvalidInput refused(String code, Object... args) {
        return new Problems.InvalidInput(List.of(new Problems.FieldProblem("file", code, args)));
    }
}
