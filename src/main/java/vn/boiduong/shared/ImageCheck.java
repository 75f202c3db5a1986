package vn.boiduong.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A PNG or JPEG checked by its structure, not only its first bytes: every PNG chunk with its checksum, IHDR first and
 * nothing after IEND; every JPEG segment in its place up to the end-of-image marker with nothing after it; sane
 * dimensions; and no markup anywhere inside (a "PNG header + HTML" polyglot is refused).
 */
final class ImageCheck {

    static final int MAX_SIDE = 20_000;
    private static final List<String> MARKUP = List.of("<script", "<html", "<body", "<svg", "<iframe", "<?php", "javascript:");

    private ImageCheck() {
    }

    static void png(byte[] c) {
        int at = 8;
        boolean header = false;
        boolean data = false;
        while (true) {
            if (at + 12 > c.length) {
                throw UploadCheck.refused("upload.damaged");
            }
            long length = u32(c, at);
            String type = new String(c, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > c.length - at - 12L || !type.chars().allMatch(Character::isLetter)) {
                throw UploadCheck.refused("upload.damaged");
            }
            int end = at + 8 + (int) length;
            CRC32 crc = new CRC32();
            crc.update(c, at + 4, 4 + (int) length);
            if (crc.getValue() != u32(c, end)) {
                throw UploadCheck.refused("upload.damaged");
            }
            if (!header) {
                if (!type.equals("IHDR") || length != 13) {
                    throw UploadCheck.refused("upload.damaged");
                }
                side(u32(c, at + 8));
                side(u32(c, at + 12));
                header = true;
            }
            data |= type.equals("IDAT");
            at = end + 4;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (!data) {
            throw UploadCheck.refused("upload.damaged");
        }
        if (at != c.length) {
            throw UploadCheck.refused("upload.trailing");
        }
        noMarkup(c);
    }

    static void jpeg(byte[] c) {
        int at = 2;
        boolean frame = false;
        while (true) {
            if (at + 2 > c.length || (c[at] & 0xFF) != 0xFF) {
                throw UploadCheck.refused("upload.damaged");
            }
            int marker = c[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xD9) {
                at += 2;
                break;
            }
            int length = at + 4 > c.length ? 0 : u16(c, at + 2);
            if (length < 2 || at + 2 + length > c.length) {
                throw UploadCheck.refused("upload.damaged");
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                if (length < 8) {
                    throw UploadCheck.refused("upload.damaged");
                }
                side(u16(c, at + 5));
                side(u16(c, at + 7));
                frame = true;
            }
            at += 2 + length;
            if (marker == 0xDA) {
                at = entropyEnd(c, at); // the scan's coded data, up to the next marker
            }
        }
        if (!frame) {
            throw UploadCheck.refused("upload.damaged");
        }
        for (int i = at; i < c.length; i++) {
            if (c[i] != 0 && c[i] != (byte) 0xFF && c[i] != '\r' && c[i] != '\n') {
                throw UploadCheck.refused("upload.trailing");
            }
        }
        noMarkup(c);
    }

    /** The index of the marker that ends coded data (stuffed 0xFF00 bytes and restart markers belong to the data). */
    private static int entropyEnd(byte[] c, int from) {
        for (int i = from; i + 1 < c.length; i++) {
            if ((c[i] & 0xFF) == 0xFF) {
                int next = c[i + 1] & 0xFF;
                if (next != 0 && (next < 0xD0 || next > 0xD7) && next != 0xFF) {
                    return i;
                }
            }
        }
        throw UploadCheck.refused("upload.damaged");
    }

    private static void side(long pixels) {
        if (pixels < 1 || pixels > MAX_SIDE) {
            throw UploadCheck.refused("upload.imageSize", MAX_SIDE);
        }
    }

    /** Refuses HTML or script anywhere in the bytes (comments, text chunks, appended data). */
    static void noMarkup(byte[] c) {
        String text = new String(c, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String m : MARKUP) {
            if (text.contains(m)) {
                throw UploadCheck.refused("upload.markup");
            }
        }
    }

    private static long u32(byte[] c, int at) {
        return ((long) (c[at] & 0xFF) << 24) | ((c[at + 1] & 0xFF) << 16) | ((c[at + 2] & 0xFF) << 8) | (c[at + 3] & 0xFF);
    }

    private static int u16(byte[] c, int at) {
        return ((c[at] & 0xFF) << 8) | (c[at + 1] & 0xFF);
    }
}
