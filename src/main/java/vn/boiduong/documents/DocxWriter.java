package vn.boiduong.documents;

import static vn.boiduong.documents.DocxParts.line;
import static vn.boiduong.documents.DocxParts.next;
import static vn.boiduong.documents.DocxParts.rule;
import static vn.boiduong.documents.DocxParts.run;
import static vn.boiduong.documents.DocxParts.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Writes an administrative document as a Word file (DOCX) in the layout of ND 30/2020 appendix I. */
final class DocxWriter {

    private static final ParagraphAlignment CENTER = ParagraphAlignment.CENTER;

    private DocxWriter() {
    }

    static byte[] write(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(Nd30.clean(d.kind() + " " + d.subject()).replace('\n', ' '));
            properties.setCreator(Nd30.clean(d.issuingBody()).replace('\n', ' '));
            header(doc, d);
            DocxBody.write(doc, d);
            DocxBody.closing(doc, d);
            if (d.annex() != null) {
                DocxBody.annex(doc, d);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 portrait, the margins of ND 30, the page number centred in the top margin from page 2 (số trang). */
    private static void page(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(Nd30.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(Nd30.PAGE_HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(margin(Nd30.MARGIN_TOP_MM));
        mar.setBottom(margin(Nd30.MARGIN_BOTTOM_MM));
        mar.setLeft(margin(Nd30.MARGIN_LEFT_MM));
        mar.setRight(margin(Nd30.MARGIN_RIGHT_MM));
        mar.setHeader(BigInteger.valueOf(twips(10)));
        mar.setFooter(BigInteger.valueOf(twips(10)));
        mar.setGutter(BigInteger.ZERO);
        DocxParts.format(doc.createHeader(HeaderFooterType.FIRST).createParagraph(), CENTER, 0, 0);
        XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        DocxParts.format(number, CENTER, 0, 0);
        var field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().set(run(number, "2", Nd30.BODY_PT, false, false).getCTR());
        number.removeRun(number.getRuns().size() - 1);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /** Margins rounded up to whole twips, so that they never fall below the decree's minimum. */
    private static BigInteger margin(double mm) {
        return BigInteger.valueOf((long) Math.ceil(mm * 1440 / 25.4));
    }

    /** The two header blocks: issuing body and number (left), national title, motto, place and date (right). */
    private static void header(XWPFDocument doc, OfficialDocument d) {
        double left = Nd30.TEXT_WIDTH_MM * Nd30.HEADER_LEFT_SHARE;
        double right = Nd30.TEXT_WIDTH_MM - left;
        XWPFTable t = DocxParts.table(doc, 2, new double[] {left, right}, false);
        XWPFTableCell body = t.getRow(0).getCell(0);
        boolean first = true;
        if (Nd30.present(d.parentBody())) {
            line(next(body, true), d.parentBody(), Nd30.HEADER_BODY_PT, false, false, CENTER, 0, 0);
            first = false;
        }
        String issuer = Nd30.clean(d.issuingBody());
        line(next(body, first), issuer, Nd30.HEADER_BODY_PT, true, false, CENTER, 0, 0);
        double issuerRule = Nd30.SHORT_RULE_SHARE
                * Fonts.longestBoldLineMm(issuer, Nd30.HEADER_BODY_PT, cellText(left));
        rule(body.addParagraph(), issuerRule, cellText(left));
        XWPFTableCell nation = t.getRow(0).getCell(1);
        line(next(nation, true), Nd30.NATION, Nd30.NATION_PT, true, false, CENTER, 0, 0);
        line(nation.addParagraph(), Nd30.MOTTO, Nd30.MOTTO_PT, true, false, CENTER, 0, 0);
        rule(nation.addParagraph(), Fonts.widthMm(Nd30.MOTTO, Nd30.MOTTO_PT, true), cellText(right));
        line(next(t.getRow(1).getCell(0), true), Nd30.numberLine(d.number()), Nd30.HEADER_BODY_PT, false, false,
                CENTER, 6, 0);
        line(next(t.getRow(1).getCell(1), true), Documents.placeAndDate(Nd30.clean(d.place()).strip(), d.date()),
                Nd30.BODY_PT, false, true, CENTER, 6, 0);
    }

    /** The usable width inside a table cell. */
    static double cellText(double columnMm) {
        return columnMm - 2 * DocxParts.CELL_MARGIN_MM;
    }
}
