package vn.boiduong.notify;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.shared.Problems;

/**
 * The signed-in user's own notices (thông báo của tôi). Every query is bound to the user's id, so another
 * user's notice is simply not found (404), whatever its id.
 */
@Service
class Inbox {

    static final int MAX_PAGE_SIZE = 100;

    private final NotificationRepository notices;
    private final AccessPolicy access;

    Inbox(NotificationRepository notices, AccessPolicy access) {
        this.notices = notices;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Notice.Page mine(int page, int size) {
        long me = access.currentUser().id();
        int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int from = Math.max(page, 0);
        return new Notice.Page(notices.page(me, limit, from * limit), notices.count(me), notices.unreadCount(me), from, limit);
    }

    /** Marks one of my notices read (again is harmless); returns it. */
    @Transactional
    public Notice markRead(long id) {
        long me = access.currentUser().id();
        notices.markRead(id, me);
        return notices.find(id, me).orElseThrow(() -> new Problems.NotFound("notification", id));
    }

    @Transactional
    public int markAllRead() {
        return notices.markAllRead(access.currentUser().id());
    }

    /** Where a notice points, once it is marked read: a path inside the application, if it has one. */
    @Transactional
    public Optional<String> open(long id) {
        return Optional.ofNullable(markRead(id).link());
    }
}
