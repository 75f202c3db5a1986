package vn.boiduong.documents;

import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Renders an administrative document (văn bản hành chính) as DOCX or PDF in the layout of ND 30/2020. */
@Service
public class Documents {

    /** The document as a Word file (Office Open XML), ready to edit and sign. */
    public byte[] docx(OfficialDocument document) {
        throw new UnsupportedOperationException("DOCX rendering comes in the next commit");
    }

    /** The document as a PDF with its fonts embedded. */
    public byte[] pdf(OfficialDocument document) {
        throw new UnsupportedOperationException("PDF rendering comes in the next commit");
    }

    /**
     * "Phù Liễn, ngày 05 tháng 01 năm 2026".
     * ND 30/2020 appendix I, II.5: days below 10 and months 1 and 2 are written with a leading zero.
     */
    public static String placeAndDate(String place, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dd = day < 10 ? "0" + day : Integer.toString(day);
        String mm = month <= 2 ? "0" + month : Integer.toString(month);
        return place + ", ngày " + dd + " tháng " + mm + " năm " + date.getYear();
    }
}
