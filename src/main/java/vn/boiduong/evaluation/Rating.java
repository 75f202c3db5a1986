package vn.boiduong.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A rating (phiếu đánh giá, xếp loại) of one person for a quarter or a year. Quarter: the person's self-assessment
 * and the unit head's review are both kept; {@code score} and {@code band} follow the review once there is one.
 * Status SELF → REVIEWED → APPROVED.
 */
public record Rating(long id, long personId, String fullName, String title, long unitId, String unitName, String unitPath,
                     String period, Long indicatorSetId, Map<String, Integer> selfValues, BigDecimal selfScore,
                     String selfComment, Instant selfAt, Map<String, Integer> reviewValues, BigDecimal reviewScore,
                     String reviewComment, String reviewedBy, Instant reviewedAt, BigDecimal score, RatingBand band,
                     Map<String, Object> basis, String status, String approvedBy, Instant approvedAt, String reopenReason,
                     int version) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
