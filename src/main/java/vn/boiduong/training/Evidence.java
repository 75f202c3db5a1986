package vn.boiduong.training;

import java.util.Optional;
import vn.boiduong.shared.FileTypes;
import vn.boiduong.shared.Problems;

/** A certificate scan (bản chụp chứng chỉ): PDF, JPEG or PNG only, recognised by content, not by name; size-limited. */
final class Evidence {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private Evidence() {
    }

    record Checked(String filename, String contentType, byte[] content) {
    }

    static Optional<String> typeOf(byte[] content) {
        return Optional.ofNullable(FileTypes.sniff(content))
                .filter(t -> t.equals(FileTypes.PDF) || t.equals(FileTypes.JPEG) || t.equals(FileTypes.PNG));
    }

    static Checked check(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Problems.InvalidInput("file", "training.evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Problems.InvalidInput("file", "training.evidence.tooBig", MAX_BYTES / 1024 / 1024);
        }
        String type = typeOf(content).orElseThrow(() -> new Problems.InvalidInput("file", "training.evidence.type"));
        String name = filename == null || filename.isBlank() ? "chung-chi" : filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return new Checked(name.length() > 150 ? name.substring(0, 150) : name, type, content);
    }
}
