package vn.boiduong.documents;

import java.util.List;
import vn.boiduong.shared.Problems;

/** What a document needs before it can be laid out (thể thức bắt buộc); every problem names its field. */
final class DocumentCheck {

    private DocumentCheck() {
    }

    static void check(OfficialDocument d) {
        if (d == null) {
            throw new Problems.InvalidInput("document", "documents.document.required");
        }
        Problems.Collector problems = Problems.collect();
        required(problems, d.issuingBody(), "issuingBody");
        required(problems, d.number(), "number");
        required(problems, d.place(), "place");
        if (d.date() == null) {
            problems.add("date", "documents.date.required");
        }
        required(problems, d.kind(), "kind");
        required(problems, d.subject(), "subject");
        if (d.articles().stream().noneMatch(a -> Nd30.present(a.heading())
                || a.paragraphs().stream().anyMatch(Nd30::present))) {
            problems.add("articles", "documents.articles.required");
        }
        if (d.signature() == null || !Nd30.present(d.signature().title()) || !Nd30.present(d.signature().name())) {
            problems.add("signature", "documents.signature.required");
        }
        if (d.annex() != null) {
            annex(problems, d.annex());
        }
        problems.throwIfAny();
    }

    private static void annex(Problems.Collector problems, OfficialDocument.Table t) {
        required(problems, t.title(), "annex.title");
        int columns = t.headers().size();
        if (columns == 0) {
            problems.add("annex.headers", "documents.annex.headers.required");
            return;
        }
        List<Integer> widths = t.relativeWidths();
        if (!widths.isEmpty() && (widths.size() != columns || widths.stream().anyMatch(w -> w == null || w <= 0))) {
            problems.add("annex.relativeWidths", "documents.annex.relativeWidths.invalid", columns);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            if (t.rows().get(r).size() != columns) {
                problems.add("annex.rows[" + r + "]", "documents.annex.row.cells", r + 1, t.rows().get(r).size(),
                        columns);
            }
        }
    }

    private static void required(Problems.Collector problems, String value, String field) {
        if (!Nd30.present(value)) {
            problems.add(field, "documents." + field + ".required");
        }
    }
}
