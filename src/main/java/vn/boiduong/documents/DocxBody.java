package vn.boiduong.documents;

import static vn.boiduong.documents.DocxParts.line;
import static vn.boiduong.documents.DocxParts.next;
import static vn.boiduong.documents.DocxParts.run;
import static vn.boiduong.documents.DocxParts.twips;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The body of a Word document: title, bases, articles, signature and recipients, the attached list. */
final class DocxBody {

    private static final ParagraphAlignment CENTER = ParagraphAlignment.CENTER;
    private static final ParagraphAlignment BOTH = ParagraphAlignment.BOTH;
    private static final int PT = Nd30.BODY_PT;

    private DocxBody() {
    }

    /** Kind and subject (tên loại, trích yếu), authority, bases (căn cứ) and the articles (điều). */
    static void write(XWPFDocument doc, OfficialDocument d) {
        line(doc.createParagraph(), d.kind(), PT, true, false, CENTER, 18, 0);
        String subject = Nd30.clean(d.subject());
        line(doc.createParagraph(), subject, PT, true, false, CENTER, 0, 0);
        DocxParts.rule(doc.createParagraph(), Nd30.SHORT_RULE_SHARE * Fonts.longestBoldLineMm(subject, PT,
                Nd30.TEXT_WIDTH_MM), Nd30.TEXT_WIDTH_MM);
        if (Nd30.present(d.authority())) {
            line(doc.createParagraph(), d.authority(), PT, true, false, CENTER, 12, 6);
        }
        for (String basis : Nd30.bases(d.bases())) {
            run(body(doc.createParagraph(), 0), basis, PT, false, true);
        }
        String promulgation = Nd30.promulgation(d);
        if (promulgation != null) {
            line(doc.createParagraph(), promulgation, PT, true, false, CENTER, 6, 6);
        }
        for (OfficialDocument.Article a : Nd30.articles(d.articles())) {
            List<String> ps = a.paragraphs();
            XWPFParagraph p = body(doc.createParagraph(), 0);
            int from = 1;
            if (Nd30.present(a.heading()) && !Nd30.inlineHeading(a.heading())) {
                run(p, a.heading().strip(), PT, true, false);
                p.setKeepNext(true);
                from = 0;
            } else if (Nd30.present(a.heading())) {
                run(p, a.heading().strip(), PT, true, false);
                if (!ps.isEmpty()) {
                    run(p, " " + ps.get(0), PT, false, false);
                }
            } else if (!ps.isEmpty()) {
                run(p, ps.get(0), PT, false, false);
            }
            for (String more : ps.subList(Math.min(from, ps.size()), ps.size())) {
                run(body(doc.createParagraph(), 0), more, PT, false, false);
            }
        }
    }

    /** Recipients (nơi nhận, left) beside the signature block (right), top-aligned, without borders. */
    static void closing(XWPFDocument doc, OfficialDocument d) {
        double left = Nd30.TEXT_WIDTH_MM * Nd30.FOOTER_LEFT_SHARE;
        XWPFTable t = DocxParts.table(doc, 1, new double[] {left, Nd30.TEXT_WIDTH_MM - left}, false);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell to = t.getRow(0).getCell(0);
        line(next(to, true), "Nơi nhận:", Nd30.RECIPIENTS_HEAD_PT, true, true, ParagraphAlignment.LEFT, 12, 0);
        for (String r : d.recipients()) {
            line(to.addParagraph(), r, Nd30.RECIPIENTS_PT, false, false, ParagraphAlignment.LEFT, 0, 0);
        }
        XWPFTableCell sign = t.getRow(0).getCell(1);
        OfficialDocument.Signature s = d.signature();
        boolean first = true;
        for (String l : new String[] {s.onBehalf(), s.deputy(), s.title()}) {
            if (Nd30.present(l)) {
                line(next(sign, first), l, PT, true, false, CENTER, first ? 12 : 0, 0);
                first = false;
            }
        }
        // room for the signature and the seal, then the name (ND 30 appendix I: chức vụ, họ tên, chữ ký)
        line(sign.addParagraph(), s.name(), PT, true, false, CENTER, 80, 0);
    }

    /** The attached list on a new page: title, subtitle, a short rule, and a bordered table whose header repeats. */
    static void annex(XWPFDocument doc, OfficialDocument d) {
        OfficialDocument.Table a = d.annex();
        XWPFParagraph title = line(doc.createParagraph(), a.title(), PT, true, false, CENTER, 0, 0);
        title.setPageBreak(true);
        String subtitle = Nd30.annexSubtitle(d);
        line(doc.createParagraph(), subtitle, PT, false, true, CENTER, 0, 0);
        DocxParts.rule(doc.createParagraph(), Nd30.SHORT_RULE_SHARE * Fonts.longestBoldLineMm(
                Nd30.clean(a.title()), PT, Nd30.TEXT_WIDTH_MM), Nd30.TEXT_WIDTH_MM);
        line(doc.createParagraph(), "", 6, false, false, CENTER, 0, 0);
        double[] shares = Nd30.columnShares(a);
        double[] widths = new double[shares.length];
        for (int c = 0; c < shares.length; c++) {
            widths[c] = shares[c] * Nd30.TEXT_WIDTH_MM;
        }
        boolean[] centred = Nd30.centredColumns(a);
        XWPFTable t = DocxParts.table(doc, 1 + a.rows().size(), widths, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            cell(head.getCell(c), a.headers().get(c), true, true);
        }
        for (int r = 0; r < a.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                cell(row.getCell(c), a.rows().get(r).get(c), false, centred[c]);
            }
        }
        line(doc.createParagraph(), "", 1, false, false, CENTER, 0, 0);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean centred) {
        line(next(cell, true), text == null ? "" : text, Nd30.TABLE_PT, bold, false,
                centred ? CENTER : ParagraphAlignment.LEFT, 2, 2);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    /** A body paragraph: justified, first line indented, 6 pt after (ND 30 appendix I: nội dung văn bản). */
    private static XWPFParagraph body(XWPFParagraph p, int beforePt) {
        DocxParts.format(p, BOTH, beforePt, Nd30.PARAGRAPH_SPACING_PT);
        p.setIndentationFirstLine(twips(Nd30.FIRST_LINE_INDENT_MM));
        return p;
    }
}
