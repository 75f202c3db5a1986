package vn.boiduong.documents;

import java.util.List;
import java.util.Locale;

/** Builds the XHTML that openhtmltopdf lays out; every piece of text goes through {@link #esc}. */
final class XhtmlBuilder {

    private XhtmlBuilder() {
    }

    static String build(OfficialDocument d) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>")
                .append(attr(d.kind() + " " + d.subject())).append("</title><meta name=\"author\" content=\"")
                .append(attr(d.issuingBody())).append("\"/><meta name=\"subject\" content=\"")
                .append(attr(Nd30.numberLine(d.number()) + " " + d.subject())).append("\"/><style>")
                .append(XhtmlStyle.css()).append("</style></head><body>");
        header(h, d);
        body(h, d);
        closing(h, d);
        if (d.annex() != null) {
            annex(h, d);
        }
        return h.append("</body></html>").toString();
    }

    private static void header(StringBuilder h, OfficialDocument d) {
        double left = Nd30.TEXT_WIDTH_MM * Nd30.HEADER_LEFT_SHARE;
        String issuer = Nd30.clean(d.issuingBody());
        h.append("<table class=\"layout head\"><col style=\"width:").append(mm(left)).append("\"/><col/><tr><td>");
        if (Nd30.present(d.parentBody())) {
            h.append("<div class=\"parent\">").append(esc(d.parentBody())).append("</div>");
        }
        h.append("<div class=\"issuer\">").append(esc(issuer)).append("</div>");
        rule(h, Nd30.SHORT_RULE_SHARE * Fonts.longestBoldLineMm(issuer, Nd30.HEADER_BODY_PT, left));
        h.append("</td><td><div class=\"nation\">").append(esc(Nd30.NATION)).append("</div><div class=\"motto\">")
                .append(esc(Nd30.MOTTO)).append("</div>");
        rule(h, Fonts.widthMm(Nd30.MOTTO, Nd30.MOTTO_PT, true));
        h.append("</td></tr><tr><td class=\"number\">").append(esc(Nd30.numberLine(d.number())))
                .append("</td><td class=\"date\">")
                .append(esc(Documents.placeAndDate(Nd30.clean(d.place()).strip(), d.date())))
                .append("</td></tr></table>");
    }

    private static void body(StringBuilder h, OfficialDocument d) {
        String subject = Nd30.clean(d.subject());
        h.append("<div class=\"kind\">").append(esc(d.kind())).append("</div><div class=\"subject\">")
                .append(esc(subject)).append("</div>");
        rule(h, Nd30.SHORT_RULE_SHARE * Fonts.longestBoldLineMm(subject, Nd30.BODY_PT, Nd30.TEXT_WIDTH_MM));
        if (Nd30.present(d.authority())) {
            h.append("<div class=\"authority\">").append(esc(d.authority())).append("</div>");
        }
        for (String basis : Nd30.bases(d.bases())) {
            h.append("<p class=\"basis\">").append(esc(basis)).append("</p>");
        }
        String promulgation = Nd30.promulgation(d);
        if (promulgation != null) {
            h.append("<div class=\"promulgation\">").append(esc(promulgation)).append("</div>");
        }
        for (OfficialDocument.Article a : Nd30.articles(d.articles())) {
            List<String> ps = a.paragraphs();
            int from = 0;
            if (Nd30.present(a.heading()) && !Nd30.inlineHeading(a.heading())) {
                h.append("<p class=\"section\"><b>").append(esc(a.heading().strip())).append("</b></p>");
            } else {
                h.append("<p>");
                if (Nd30.present(a.heading())) {
                    h.append("<b>").append(esc(a.heading().strip())).append("</b>").append(ps.isEmpty() ? "" : " ");
                }
                h.append(ps.isEmpty() ? "" : esc(ps.get(0))).append("</p>");
                from = 1;
            }
            for (String more : ps.subList(Math.min(from, ps.size()), ps.size())) {
                h.append("<p>").append(esc(more)).append("</p>");
            }
        }
    }

    private static void closing(StringBuilder h, OfficialDocument d) {
        h.append("<table class=\"layout closing\"><col style=\"width:")
                .append(mm(Nd30.TEXT_WIDTH_MM * Nd30.FOOTER_LEFT_SHARE))
                .append("\"/><col/><tr><td class=\"recipients\"><div class=\"to\">Nơi nhận:</div>");
        for (String r : d.recipients()) {
            h.append("<div>").append(esc(r)).append("</div>");
        }
        h.append("</td><td class=\"signature\">");
        OfficialDocument.Signature s = d.signature();
        for (String l : new String[] {s.onBehalf(), s.deputy(), s.title()}) {
            if (Nd30.present(l)) {
                h.append("<div>").append(esc(l)).append("</div>");
            }
        }
        h.append("<div class=\"name\">").append(esc(s.name())).append("</div></td></tr></table>");
    }

    private static void annex(StringBuilder h, OfficialDocument d) {
        OfficialDocument.Table a = d.annex();
        h.append("<div class=\"annex\"><div class=\"subject\">").append(esc(a.title())).append("</div>")
                .append("<div class=\"annex-subtitle\">").append(esc(Nd30.annexSubtitle(d))).append("</div>");
        rule(h, Nd30.SHORT_RULE_SHARE
                * Fonts.longestBoldLineMm(Nd30.clean(a.title()), Nd30.BODY_PT, Nd30.TEXT_WIDTH_MM));
        h.append("</div><table class=\"list\">");
        double[] shares = Nd30.columnShares(a);
        boolean[] centred = Nd30.centredColumns(a);
        for (double share : shares) {
            h.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f%%", share * 100)).append("\"/>");
        }
        h.append("<thead><tr>");
        for (String header : a.headers()) {
            h.append("<th>").append(esc(header)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : a.rows()) {
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                h.append(centred[c] ? "<td class=\"c\">" : "<td>").append(esc(row.get(c))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** A centred horizontal rule of the given length (đường kẻ ngang, nét liền). */
    private static void rule(StringBuilder h, double lengthMm) {
        h.append("<div class=\"rule\" style=\"width:").append(mm(lengthMm)).append("\"></div>");
    }

    private static String mm(double mm) {
        return String.format(Locale.ROOT, "%.1fmm", mm);
    }

    /** Escapes text for an attribute value: a line break becomes a space. */
    static String attr(String text) {
        return esc(Nd30.clean(text).replace('\n', ' '));
    }

    /** Escapes text for XHTML element content; a line feed becomes a line break. */
    static String esc(String text) {
        String s = Nd30.clean(text);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br/>");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
