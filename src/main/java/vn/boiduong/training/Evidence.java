package vn.boiduong.training;

import java.util.Optional;
import vn.boiduong.shared.FileTypes;
import vn.boiduong.shared.UploadCheck;

/** A certificate scan (bản chụp chứng chỉ): PDF, JPEG or PNG only, recognised by content, not by name; size-limited. */
final class Evidence {

    static final int MAX_BYTES = UploadCheck.Kind.CERTIFICATE_SCAN.maxMegabytes() * 1024 * 1024;

    private Evidence() {
    }

    record Checked(String filename, String contentType, byte[] content) {
    }

    static Optional<String> typeOf(byte[] content) {
        return Optional.ofNullable(FileTypes.sniff(content))
                .filter(t -> t.equals(FileTypes.PDF) || t.equals(FileTypes.JPEG) || t.equals(FileTypes.PNG));
    }

    /** The shared upload check (type by content, structure, 5 MB at most). */
    static Checked check(String filename, byte[] content) {
        UploadCheck.Checked c = UploadCheck.check(UploadCheck.Kind.CERTIFICATE_SCAN, filename, content);
        return new Checked(c.filename(), c.contentType(), c.content());
    }
}
