package vn.boiduong.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative document (văn bản hành chính) as Nghị định 30/2020/NĐ-CP, appendix I lays it out.
 *
 * @param parentBody   the body above the issuer (cơ quan chủ quản), e.g. "UBND THÀNH PHỐ HẢI PHÒNG"; may be null
 * @param issuingBody  the issuer (cơ quan ban hành), e.g. "ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN"
 * @param number       number and sign (số, ký hiệu), e.g. "12/QĐ-UBND"; printed as "Số: 12/QĐ-UBND"
 * @param place        place name (địa danh) before the date, e.g. "Phù Liễn"
 * @param date         date of issue (ngày ban hành)
 * @param kind         kind of document (tên loại văn bản), e.g. "QUYẾT ĐỊNH"
 * @param subject      summary of content (trích yếu), e.g. "Về việc cử cán bộ, công chức đi bồi dưỡng"
 * @param authority    authority line (thẩm quyền ban hành), e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN"
 * @param bases        legal bases (căn cứ ban hành), each "Căn cứ …;" as written (the last one ends with ".")
 * @param articles     the articles (điều), each with its heading and paragraphs
 * @param annex        an optional list attached (phụ lục, danh sách); null if none
 * @param signature    the signature block (quyền hạn, chức vụ, họ tên người ký)
 * @param recipients   where it goes (nơi nhận), each line as written, e.g. "- Như Điều 3;", "- Lưu: VT, VHXH."
 */
public record OfficialDocument(String parentBody,
                               String issuingBody,
                               String number,
                               String place,
                               LocalDate date,
                               String kind,
                               String subject,
                               String authority,
                               List<String> bases,
                               List<Article> articles,
                               Table annex,
                               Signature signature,
                               List<String> recipients) {

    public OfficialDocument {
        bases = bases == null ? List.of() : List.copyOf(bases);
        articles = articles == null ? List.of() : List.copyOf(articles);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** One article (điều): heading such as "Điều 1." and its paragraphs (khoản, điểm) in order. */
    public record Article(String heading, List<String> paragraphs) {
        public Article {
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }
    }

    /**
     * A list attached to the document (phụ lục, danh sách), printed as a bordered table on its own page.
     *
     * @param relativeWidths one weight per column (may be null or empty: equal widths)
     */
    public record Table(String title, String subtitle, List<String> headers, List<List<String>> rows,
                        List<Integer> relativeWidths) {
        public Table {
            headers = headers == null ? List.of() : List.copyOf(headers);
            rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
            relativeWidths = relativeWidths == null ? List.of() : List.copyOf(relativeWidths);
        }
    }

    /**
     * The signature block (chữ ký): "TM. ỦY BAN NHÂN DÂN" (on behalf of a collective), "KT. CHỦ TỊCH" (signed for
     * the head by a deputy), the signer's title "PHÓ CHỦ TỊCH" and name. onBehalf and deputy may be null.
     */
    public record Signature(String onBehalf, String deputy, String title, String name) {
    }
}
