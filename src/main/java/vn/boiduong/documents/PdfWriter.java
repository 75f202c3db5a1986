package vn.boiduong.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an administrative document as PDF: the XHTML of {@link XhtmlBuilder} laid out by openhtmltopdf with the
 * Tinos faces from the jar embedded (subset). Nothing is fetched: every external resource is refused.
 */
final class PdfWriter {

    private PdfWriter() {
    }

    static byte[] write(OfficialDocument d) {
        PdfLogging.install();
        String xhtml = XhtmlBuilder.build(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        // tagged PDF/UA; it also keeps openhtmltopdf from loading the base-14 fonts, which makes PDFBox scan the
        // system's fonts: with it, only the embedded Tinos faces are ever used
        builder.usePdfUaAccessibility(true);
        for (Fonts.Face face : Fonts.Face.values()) {
            builder.useFont(() -> new ByteArrayInputStream(Fonts.bytes(face)), Fonts.FAMILY, face.weight,
                    face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
