package vn.boiduong.documents;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** Renders an administrative document (văn bản hành chính) as DOCX or PDF in the layout of ND 30/2020. */
@Service
public class Documents {

    /**
     * The document as a Word file (Office Open XML), ready to edit and sign.
     *
     * @throws vn.boiduong.shared.Problems.InvalidInput naming each missing or inconsistent field
     */
    public byte[] docx(OfficialDocument document) {
        DocumentCheck.check(document);
        return DocxWriter.write(document);
    }

    /**
     * The document as a PDF with its fonts embedded.
     *
     * @throws vn.boiduong.shared.Problems.InvalidInput naming each missing or inconsistent field
     */
    public byte[] pdf(OfficialDocument document) {
        DocumentCheck.check(document);
        return PdfWriter.write(document);
    }

    /**
     * "Phù Liễn, ngày 05 tháng 01 năm 2026".
     * ND 30/2020 appendix I (địa danh, thời gian ban hành): days below 10 and months 1 and 2 take a leading zero.
     */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + Nd30.dateWords(Objects.requireNonNull(date, "date"));
    }
}
