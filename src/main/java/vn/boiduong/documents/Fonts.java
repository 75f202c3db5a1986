package vn.boiduong.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The Times-compatible font shipped in the jar (Tinos, metrically equal to Times New Roman, with Vietnamese glyphs;
 * see resources/fonts/README.md): its bytes for embedding in PDFs and its advance widths for measuring lines.
 */
final class Fonts {

    static final String FAMILY = "Tinos";

    /** The four faces of the family. */
    enum Face {
        REGULAR("Tinos-Regular.ttf", 400, false), BOLD("Tinos-Bold.ttf", 700, false),
        ITALIC("Tinos-Italic.ttf", 400, true), BOLD_ITALIC("Tinos-BoldItalic.ttf", 700, true);

        final String file;
        final int weight;
        final boolean italic;

        Face(String file, int weight, boolean italic) {
            this.file = file;
            this.weight = weight;
            this.italic = italic;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final Map<Face, Metrics> METRICS = new EnumMap<>(Face.class);

    private Fonts() {
    }

    static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + f.file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: fonts/" + f.file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Width of a single line of text in millimetres. */
    static double widthMm(String text, double sizePt, boolean bold) {
        Metrics m;
        synchronized (Fonts.class) {
            m = METRICS.computeIfAbsent(Face.of(bold, false), Metrics::load);
        }
        return m.advance(text) * sizePt / 72 * 25.4;
    }

    /** Width of the longest line of a bold text ("\n" separates lines), at most the available width. */
    static double longestBoldLineMm(String text, double sizePt, double availableMm) {
        double longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, widthMm(line, sizePt, true));
        }
        return Math.min(longest, availableMm);
    }

    /** Advance widths in ems, read once from the font's horizontal metrics. */
    private record Metrics(float[] advanceEm, CmapLookup cmap) {

        static Metrics load(Face face) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)))) {
                float[] em = new float[font.getNumberOfGlyphs()];
                float units = font.getUnitsPerEm();
                for (int g = 0; g < em.length; g++) {
                    em[g] = font.getAdvanceWidth(g) / units;
                }
                return new Metrics(em, font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double advance(String text) {
            double total = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int gid = cmap.getGlyphId(cp);
                total += gid > 0 && gid < advanceEm.length ? advanceEm[gid] : 0.5;
                i += Character.charCount(cp);
            }
            return total;
        }
    }
}
