package vn.boiduong.training;

import java.util.Arrays;
import java.util.Optional;
import vn.boiduong.shared.Problems;

/** A certificate scan (bản chụp chứng chỉ): PDF, JPEG or PNG only, recognised by content, not by name; size-limited. */
final class Evidence {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private Evidence() {
    }

    record Checked(String filename, String contentType, byte[] content) {
    }

    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
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

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
