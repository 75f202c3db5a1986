package vn.boiduong.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Small building blocks for Word files: runs in Times New Roman, spaced paragraphs, short rules, fixed tables. */
final class DocxParts {

    static final String FONT = "Times New Roman";
    /** Left and right padding inside table cells. */
    static final double CELL_MARGIN_MM = 1.0;

    private DocxParts() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** A run in Times New Roman for every script range, Vietnamese proofing; "\n" becomes a line break. */
    static XWPFRun run(XWPFParagraph p, String text, int sizePt, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        for (XWPFRun.FontCharRange range : new XWPFRun.FontCharRange[] {XWPFRun.FontCharRange.ascii,
                XWPFRun.FontCharRange.hAnsi, XWPFRun.FontCharRange.cs, XWPFRun.FontCharRange.eastAsia}) {
            r.setFontFamily(FONT, range);
        }
        r.setFontSize(sizePt);
        r.setComplexScriptFontSize(sizePt);
        r.setBold(bold);
        r.setItalic(italic);
        r.setLang("vi-VN");
        String[] lines = Nd30.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    /** Formats a paragraph: alignment, space before and after in points, single line spacing. */
    static XWPFParagraph format(XWPFParagraph p, ParagraphAlignment align, int beforePt, int afterPt) {
        p.setAlignment(align);
        p.setSpacingBefore(beforePt * 20);
        p.setSpacingAfter(afterPt * 20);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** One line of text as its own paragraph. */
    static XWPFParagraph line(XWPFParagraph p, String text, int sizePt, boolean bold, boolean italic,
                              ParagraphAlignment align, int beforePt, int afterPt) {
        format(p, align, beforePt, afterPt);
        run(p, text, sizePt, bold, italic);
        return p;
    }

    /**
     * A centred horizontal rule of the given length under the previous line (đường kẻ ngang, nét liền): an empty
     * paragraph of tiny height whose top border spans between symmetric indents.
     */
    static void rule(XWPFParagraph p, double lengthMm, double availableMm) {
        double length = Math.min(lengthMm, availableMm);
        int side = twips((availableMm - length) / 2);
        format(p, ParagraphAlignment.CENTER, 2, 0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderTop(Borders.SINGLE);
        run(p, "", 1, false, false);
    }

    /** A table of fixed column widths (mm) spanning the text width; borderless unless asked. */
    static XWPFTable table(XWPFDocument doc, int rows, double[] widthsMm, boolean borders) {
        XWPFTable t = doc.createTable(rows, widthsMm.length);
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int total = 0;
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : widthsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(w)));
            total += twips(w);
        }
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(Integer.toString(total));
        int side = twips(CELL_MARGIN_MM);
        t.setCellMargins(0, side, 0, side);
        if (!borders) {
            t.removeBorders();
        } else {
            t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widthsMm.length; c++) {
                width(t.getRow(r).getCell(c), widthsMm[c]);
            }
        }
        return t;
    }

    static void width(XWPFTableCell cell, double mm) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(twips(mm)));
    }

    /** The cell's first (empty) paragraph, or a new one after the last. */
    static XWPFParagraph next(XWPFTableCell cell, boolean first) {
        return first ? cell.getParagraphs().get(0) : cell.addParagraph();
    }
}
