package vn.boiduong.targets;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import vn.boiduong.shared.VietnameseNumbers;


/**
 * The rows of the matrix (ma trận đơn vị × chỉ tiêu) as HTML, written here rather than by the template engine: a
 * national page has 34 × 16 cells with several expressions each, and evaluating those was most of the page's cost
 * under concurrent users. Every text is HTML-escaped; the markup is the one the template had.
 */
final class MatrixRows {

    private MatrixRows() {
    }

    /**
     * @param context the application's context path, prefixed to the links it builds
     * @param peopleLinks whether cells link to the people who make the gap (the reader reads personnel files and the
     *                    rows are provinces' communes or below)
     */
    static String html(Dashboard d, String context, boolean peopleLinks) {
        StringBuilder out = new StringBuilder(d.rows().size() * 2_000);
        for (Dashboard.ChildRow r : d.rows()) {
            out.append("<tr class=\"matrix-row\" data-code=\"").append(htmlEscape(r.code())).append("\">")
                    .append("<td><a href=\"").append(context).append("/targets?unit=").append(r.unitId()).append("\">")
                    .append(htmlEscape(r.name())).append("</a></td>");
            for (Dashboard.Column c : d.columns()) {
                cell(out, r, c, r.cells().get(c.targetId()), context, peopleLinks && "PEOPLE".equals(c.populationKind()));
            }
            for (Dashboard.Late l : r.late()) {
                out.append("<td class=\"text-center\" data-value=\"").append(l.count()).append("\">");
                if (l.link() == null) {
                    // a page the reader may not open is not offered: the count alone
                    out.append("<span").append(l.count() > 0 ? " class=\"text-danger fw-semibold\"" : "").append('>')
                            .append(l.count()).append("</span></td>");
                    continue;
                }
                out.append("<a href=\"")
                        .append(htmlEscape(context + l.link())).append('"').append(l.count() > 0 ? " class=\"text-danger fw-semibold\"" : "")
                        .append('>').append(VietnameseNumbers.integer(l.count())).append("</a></td>");
            }
            long overdue = r.effect().overdue();
            out.append("<td class=\"text-center").append(overdue > 0 ? " text-danger fw-semibold" : "").append("\" data-value=\"")
                    .append(overdue).append("\">").append(VietnameseNumbers.integer(overdue)).append("</td></tr>\n");
        }
        return out.toString();
    }

    private static void cell(StringBuilder out, Dashboard.ChildRow r, Dashboard.Column c, Dashboard.Cell cell, String context,
                             boolean link) {
        if (cell == null) {
            out.append("<td class=\"text-center small text-muted\" data-value=\"-1\">—</td>");
            return;
        }
        boolean percent = "PERCENT".equals(c.measure());
        String value = cell.value() == null ? "—" : shown(percent, cell.value());
        out.append("<td class=\"text-center small st-").append(htmlEscape(cell.status())).append("\" data-value=\"")
                .append(cell.value() == null ? "-1" : cell.value().toPlainString()).append("\" title=\"")
                .append(VietnameseNumbers.integer(cell.numerator())).append('/').append(VietnameseNumbers.integer(cell.denominator()))
                .append(cell.projected() == null ? "" : " → " + shown(percent, cell.projected())).append("\">");
        if (link) {
            out.append("<a class=\"text-reset\" href=\"").append(context).append("/targets/").append(c.targetId())
                    .append("/people?unit=").append(r.unitId()).append("\">").append(value).append("</a>");
        } else {
            out.append(value);
        }
        out.append("</td>");
    }

    /** A cell's number as the cards show it: "23,7%" for a percentage, "1.674" for a count. */
    private static String shown(boolean percent, java.math.BigDecimal v) {
        return percent ? VietnameseNumbers.percent(v) : VietnameseNumbers.number(v, 1);
    }

}
