package vn.boiduong.catalog;

/**
 * A training programme (chương trình bồi dưỡng) of the catalog. {@code durationDays} counts working days of
 * teaching, {@code durationText} says it as the source does ("3 tháng"); {@code phase} 1 = 2026–2028,
 * 2 = 2029–2031, null = both; {@code ownerUnitId} null = national (ministry), else the province that added it;
 * {@code certificate} null = attestation only.
 */
public record Program(long id, String code, String name, String category, int durationDays, String durationText,
                      String targetGroup, String organiser, String certificate, Integer phase, String sourceRef,
                      Long ownerUnitId, boolean active, int version) {

    /** Category codes, in display order; labels are {@code catalog.category.<CODE>}. */
    public static final java.util.List<String> CATEGORIES = java.util.List.of("CHUYEN_MON", "QLNN", "LLCT",
            "KY_NANG_NGANH", "KY_NANG_BO_TRO", "CAP_NHAT", "CNTT", "DAO_TAO", "KHAC");

    public boolean national() {
        return ownerUnitId == null;
    }
}
