package vn.boiduong;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Sound and hostile files for upload tests: every file is generated here, none is read from disk. */
public final class HostileFiles {

    private static final String TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>&lol3;</sheets></workbook>";

    private HostileFiles() {
    }

    /** A small valid PDF (header, one empty page, xref, trailer). */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n% " + text.replaceAll("[^A-Za-z0-9 ./-]", " ") + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n";
        int xref = body.length();
        return (body + "xref\n0 4\n0000000000 65535 f \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0x336699);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal DOCX (content types and the main document part). */
    public static byte[] docx() {
        return TestXlsx.zip("[Content_Types].xml", TYPES, "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
    }

    /** The hostile files every upload must refuse, by name. {@code xlsx} is a sound workbook to damage. */
    public static Map<String, byte[]> all(byte[] xlsx) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zip bomb (XLSX inflating to 300 MB)", TestXlsx.zip("[Content_Types].xml", TYPES, "xl/workbook.xml", "<workbook/>",
                "xl/worksheets/sheet1.xml", 300L * 1024 * 1024));
        files.put("billion laughs (XML entities)", TestXlsx.zip("[Content_Types].xml", TYPES, "xl/workbook.xml", BILLION_LAUGHS));
        files.put("external entity (XXE)", TestXlsx.zip("[Content_Types].xml", TYPES, "xl/workbook.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>"));
        files.put("truncated XLSX", Arrays.copyOf(xlsx, xlsx.length / 2));
        files.put("XLSX with a corrupted part", corrupt(xlsx));
        files.put("polyglot PNG + HTML", concat(png(), "<html><script>alert(document.cookie)</script></html>"));
        files.put("PNG header + HTML", concat(Arrays.copyOf(png(), 8), "<html><body onload=alert(1)>x</body></html>"));
        files.put("JPEG + HTML after its end", concat(jpeg(), "<script>alert(1)</script>"));
        files.put("PDF + HTML after its end", concat(pdf("x"), "<html><script>alert(1)</script></html>"));
        files.put("PDF with JavaScript", pdfWith("/OpenAction<</S/JavaScript/JS(app.alert(1))>>"));
        files.put("PDF without trailer", "%PDF-1.7\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("renamed EXE", exe());
        files.put("HTML", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        files.put("empty", new byte[0]);
        return files;
    }

    private static byte[] pdfWith(String catalogExtra) {
        return new String(pdf("x"), StandardCharsets.ISO_8859_1).replace("/Type/Catalog", "/Type/Catalog" + catalogExtra)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A Windows executable header, whatever name it is sent under. */
    public static byte[] exe() {
        byte[] b = new byte[1024];
        b[0] = 'M';
        b[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, b, 78, 38);
        return b;
    }

    /** The same workbook with bytes in the middle of its compressed data flipped (the central directory intact). */
    private static byte[] corrupt(byte[] xlsx) {
        byte[] c = xlsx.clone();
        for (int i = c.length / 3; i < c.length / 3 + 40; i++) {
            c[i] ^= 0x5A;
        }
        return c;
    }

    private static byte[] concat(byte[] a, String tail) {
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] c = Arrays.copyOf(a, a.length + t.length);
        System.arraycopy(t, 0, c, a.length, t.length);
        return c;
    }
}
