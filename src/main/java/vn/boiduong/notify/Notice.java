package vn.boiduong.notify;

import java.time.Instant;
import java.util.List;

/** One notice (thông báo) as its recipient sees it. */
record Notice(long id, String subject, String body, String link, Instant createdAt, Instant readAt,
                     String emailStatus) {

    public boolean unread() {
        return readAt == null;
    }

    /** One page of a user's notices, newest first. */
    public record Page(List<Notice> items, long total, long unread, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
