package vn.boiduong.people;

import java.time.LocalDate;

/**
 * A certificate (chứng chỉ) of a training programme; {@code forPosition} names the job position a specialised
 * course (CMCN) was for.
 */
public record Qualification(long id, long personId, String programCode, String forPosition, String certificateNo,
                            LocalDate issuedOn, String issuer, String source) {
}
