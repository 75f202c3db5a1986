package vn.boiduong.evaluation;

/**
 * Band of a training-quality index on the 1–10 scale (xếp loại chỉ số đánh giá chất lượng bồi dưỡng): Kém, Yếu,
 * Trung bình, Khá, Tốt.
 */
public enum FeedbackBand {
    KEM, YEU, TRUNG_BINH, KHA, TOT;

    /** TT 10/2017/TT-BNV: < 2 Kém, 2–< 4 Yếu, 4–< 6 Trung bình, 6–< 8 Khá, 8–10 Tốt. */
    public static FeedbackBand of(double index) {
        if (Double.isNaN(index) || index < 0 || index > 10) {
            throw new IllegalArgumentException("index outside 0–10: " + index);
        }
        if (index < 2) {
            return KEM;
        }
        if (index < 4) {
            return YEU;
        }
        if (index < 6) {
            return TRUNG_BINH;
        }
        return index < 8 ? KHA : TOT;
    }

    /** The message key of the band's name. */
    public String messageKey() {
        return "feedback.band." + name();
    }
}
