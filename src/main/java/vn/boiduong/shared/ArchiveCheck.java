package vn.boiduong.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An Office file (XLSX, DOCX) checked whole before anyone reads it: the central directory must be readable, every entry
 * inflates with its checksum right, under an entry count, a total and a ratio (zip bombs), with no path climbing out,
 * no XML document type declaration (so no entity, no billion laughs, no external file) and, for files stored as they
 * are, every XML part well-formed.
 */
final class ArchiveCheck {

    static final int MAX_ENTRIES = 2_000;
    static final int MAX_RATIO = 200;
    /** The XML prolog may hold a declaration and comments; the root element must begin within this many bytes. */
    private static final int PROLOG = 4_096;

    private ArchiveCheck() {
    }

    /**
     * @return {@link FileTypes#XLSX} or {@link FileTypes#DOCX} by the parts found, or null for a sound zip that is neither
     */
    static String check(byte[] content, long maxInflated, boolean parseXml) {
        long inflated = 0;
        int entries = 0;
        boolean types = false;
        String found = null;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            var all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                String name = entry.getName();
                if (++entries > MAX_ENTRIES || name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    throw UploadCheck.refused("upload.archiveSuspicious");
                }
                types |= name.equals("[Content_Types].xml");
                found = name.equals("xl/workbook.xml") ? FileTypes.XLSX : name.equals("word/document.xml") ? FileTypes.DOCX : found;
                boolean xml = isXml(name);
                ByteArrayOutputStream kept = xml && parseXml ? new ByteArrayOutputStream() : null;
                ByteArrayOutputStream prolog = new ByteArrayOutputStream();
                CRC32 crc = new CRC32();
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n; // counted as inflated, whatever sizes the archive claims
                        if (inflated > maxInflated || inflated > (long) MAX_RATIO * content.length + 10_000_000L) {
                            throw UploadCheck.refused("upload.inflatesTooMuch", maxInflated / 1024 / 1024);
                        }
                        crc.update(buffer, 0, n);
                        if (prolog.size() < PROLOG) {
                            prolog.write(buffer, 0, Math.min(n, PROLOG - prolog.size()));
                        }
                        if (kept != null) {
                            kept.write(buffer, 0, n);
                        }
                    }
                }
                if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                    throw UploadCheck.refused("upload.damaged");
                }
                if (xml) {
                    checkProlog(prolog.toByteArray());
                }
                if (kept != null) {
                    parse(kept.toByteArray());
                }
            }
        } catch (Problems.InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UploadCheck.refused("upload.damaged");
        }
        if (found != null && !types) {
            throw UploadCheck.refused("upload.damaged");
        }
        return found;
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    /** Refuses a document type declaration (entities live there) or a prolog too long to look at. */
    private static void checkProlog(byte[] head) {
        if (head.length == 0) {
            return;
        }
        boolean utf16 = head.length > 1 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF);
        String text = new String(head, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw UploadCheck.refused("upload.xmlEntities");
        }
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) || next == '_') {
                return; // the root element began before any declaration
            }
        }
        if (head.length >= PROLOG) {
            throw UploadCheck.refused("upload.xmlEntities");
        }
    }

    /** Parses one part with a parser that refuses any DTD and reads no external file. */
    private static void parse(byte[] xml) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler());
        } catch (org.xml.sax.SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw UploadCheck.refused(e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? "upload.xmlEntities" : "upload.damaged");
        }
    }
}
