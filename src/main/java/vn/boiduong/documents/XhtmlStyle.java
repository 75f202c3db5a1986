package vn.boiduong.documents;

import java.util.Locale;
import java.util.Map;

/** The print style sheet: A4 with the margins and type sizes of ND 30/2020 appendix I, one embedded font. */
final class XhtmlStyle {

    private static final String TEMPLATE = """
            @page { size: {pageW}mm {pageH}mm; margin: {top}mm {right}mm {bottom}mm {left}mm;
              @top-center { content: counter(page); font-family: '{font}'; font-size: {body}pt; padding-top: 8mm; } }
            @page :first { @top-center { content: none; } }
            * { font-family: '{font}'; }
            body { margin: 0; font-size: {body}pt; color: #000; line-height: 1.2; }
            table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.layout td { vertical-align: top; text-align: center; padding: 0; }
            .parent { font-size: {headerBody}pt; }
            .issuer { font-size: {headerBody}pt; font-weight: bold; }
            .nation { font-size: {nation}pt; font-weight: bold; }
            .motto { font-size: {motto}pt; font-weight: bold; }
            .rule { border-top: 0.6pt solid #000; height: 0; margin: 2.5pt auto 0 auto; }
            table.layout td.number { font-size: {headerBody}pt; padding-top: 6pt; white-space: pre-wrap; }
            table.layout td.date { font-style: italic; padding-top: 6pt; }
            .kind { font-weight: bold; text-align: center; margin-top: 18pt; }
            .subject { font-weight: bold; text-align: center; }
            .authority { font-weight: bold; text-align: center; margin: 12pt 0 6pt 0; }
            .promulgation { font-weight: bold; text-align: center; margin: 6pt 0; }
            p { margin: 0 0 {paragraphSpacing}pt 0; text-align: justify; text-indent: {indent}mm; }
            p.section { page-break-after: avoid; margin-top: 6pt; }
            p.basis { font-style: italic; }
            table.closing { margin-top: 6pt; page-break-inside: avoid; }
            table.layout td.recipients { text-align: left; font-size: {recipients}pt; padding-top: 12pt; }
            td.recipients .to { font-size: {recipientsHead}pt; font-weight: bold; font-style: italic; }
            table.layout td.signature { font-weight: bold; padding-top: 12pt; }
            td.signature .name { margin-top: 80pt; }
            .annex { page-break-before: always; margin-bottom: 10pt; }
            .annex-subtitle { font-style: italic; text-align: center; }
            table.list { width: 100%; border-collapse: collapse; table-layout: fixed;
              -fs-table-paginate: paginate; font-size: {table}pt; }
            table.list th, table.list td { border: 0.6pt solid #000; padding: 2pt 1mm; vertical-align: middle; }
            table.list th { font-weight: bold; text-align: center; }
            table.list td.c { text-align: center; }
            table.list tr { page-break-inside: avoid; }
            """;

    private static final String CSS = fill();

    private XhtmlStyle() {
    }

    static String css() {
        return CSS;
    }

    private static String fill() {
        Map<String, Object> values = Map.ofEntries(
                Map.entry("pageW", n(Nd30.PAGE_WIDTH_MM)), Map.entry("pageH", n(Nd30.PAGE_HEIGHT_MM)),
                Map.entry("top", n(Nd30.MARGIN_TOP_MM)), Map.entry("right", n(Nd30.MARGIN_RIGHT_MM)),
                Map.entry("bottom", n(Nd30.MARGIN_BOTTOM_MM)), Map.entry("left", n(Nd30.MARGIN_LEFT_MM)),
                Map.entry("font", Fonts.FAMILY), Map.entry("body", Nd30.BODY_PT),
                Map.entry("headerBody", Nd30.HEADER_BODY_PT), Map.entry("nation", Nd30.NATION_PT),
                Map.entry("motto", Nd30.MOTTO_PT), Map.entry("paragraphSpacing", Nd30.PARAGRAPH_SPACING_PT),
                Map.entry("indent", n(Nd30.FIRST_LINE_INDENT_MM)), Map.entry("recipients", Nd30.RECIPIENTS_PT),
                Map.entry("recipientsHead", Nd30.RECIPIENTS_HEAD_PT), Map.entry("table", Nd30.TABLE_PT));
        String css = TEMPLATE;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            css = css.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        if (css.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new IllegalStateException("unfilled placeholder in the print style sheet");
        }
        return css;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
