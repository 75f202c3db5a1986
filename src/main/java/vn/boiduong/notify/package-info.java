/**
 * Notices and reminders (thông báo, nhắc việc): in-app notices per user, their e-mail copies (SMTP when
 * configured, otherwise an outbox read by administrators) and the background jobs that deliver them
 * (db-scheduler, in the database).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.boiduong.notify;
