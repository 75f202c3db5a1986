package vn.boiduong.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Thông báo", description = "Thông báo của người dùng và hộp thư đi của quản trị")
class NotificationsApi {

    /** After a change: how many of my notices are still unread. */
    record Unread(int marked, long unread) {
    }

    private final Inbox inbox;
    private final Outbox outbox;
    private final Notifications notifications;

    NotificationsApi(Inbox inbox, Outbox outbox, Notifications notifications) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "Thông báo của tôi, mới nhất trước")
    Notice.Page mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return inbox.mine(page, size);
    }

    @PostMapping("/api/notifications/{id}/read")
    @Operation(summary = "Đánh dấu một thông báo của tôi là đã đọc")
    Notice markRead(@PathVariable long id) {
        return inbox.markRead(id);
    }

    @PostMapping("/api/notifications/read-all")
    @Operation(summary = "Đánh dấu mọi thông báo của tôi là đã đọc")
    Unread markAllRead() {
        int marked = inbox.markAllRead();
        return new Unread(marked, notifications.unreadCount());
    }

    @GetMapping("/api/notifications/outbox")
    @Operation(summary = "Hộp thư đi: thư chưa gửi (chưa cấu hình SMTP) hoặc gửi lỗi, trong phạm vi quản trị người dùng")
    Outbox.Page outbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return outbox.page(page, size);
    }
}
