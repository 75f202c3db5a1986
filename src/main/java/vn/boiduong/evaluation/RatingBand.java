package vn.boiduong.evaluation;

/**
 * Rating level (xếp loại): hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, or not rated
 * (không xếp loại: fewer than 6 months worked in the year).
 */
public enum RatingBand {
    XUAT_SAC, TOT, HOAN_THANH, KHONG_HOAN_THANH, KHONG_XEP_LOAI;

    /** The band of a score out of 100 (ND 335/2025 thresholds, see {@link RatingRules#band}). */
    public static RatingBand forScore(java.math.BigDecimal score) {
        return RatingRules.band(score);
    }

    /** "Tốt" or above: the base of the 20% cap on "xuất sắc". */
    boolean goodOrAbove() {
        return this == XUAT_SAC || this == TOT;
    }
}
