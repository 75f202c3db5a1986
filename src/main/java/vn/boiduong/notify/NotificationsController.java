package vn.boiduong.notify;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;

/** Pages: my notices, the menu badge, the administrators' outbox. */
@Controller
class NotificationsController {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final Outbox outbox;
    private final Notifications notifications;
    private final AccessPolicy access;

    NotificationsController(Inbox inbox, Outbox outbox, Notifications notifications, AccessPolicy access) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.notifications = notifications;
        this.access = access;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notices", inbox.mine(page, PAGE_SIZE));
        model.addAttribute("canSeeOutbox", access.can(Permission.USER_ADMIN));
        return "notify/list";
    }

    /** The menu entry's content: "Thông báo" and the unread count when there is any. */
    @GetMapping("/notifications/badge")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unreadCount());
        return "notify/badge :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        inbox.markRead(id);
        return "redirect:/notifications?page=" + Math.max(page, 0);
    }

    /** Opens what the notice is about (marking it read); a notice without a link goes back to the list. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        // links are checked when stored: always a path of this application ("/..." but not "//...")
        return "redirect:" + inbox.open(id).orElse("/notifications");
    }

    @PostMapping("/notifications/read-all")
    String markAllRead() {
        inbox.markAllRead();
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/outbox")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", outbox.page(page, PAGE_SIZE));
        return "notify/outbox";
    }
}
