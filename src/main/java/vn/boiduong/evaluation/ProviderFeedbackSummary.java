package vn.boiduong.evaluation;

/** A provider's feedback over all its classes the reader may see (tổng hợp theo cơ sở đào tạo, bồi dưỡng). */
public record ProviderFeedbackSummary(long providerId, String providerName, int classes, FeedbackResult result) {
}
