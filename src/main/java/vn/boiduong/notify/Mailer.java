package vn.boiduong.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.shared.VietnameseText;

/**
 * Delivers the e-mail copies of notices (thư điện tử thông báo): through SMTP when {@code spring.mail.host} is set
 * (Spring Boot then provides a {@link JavaMailSender}), otherwise into the outbox. Run by the
 * {@code notification-mailer} job; safe on several nodes (claimed rows are locked, locked rows skipped).
 */
@Component
class Mailer {

    static final int MAX_ATTEMPTS = 5;
    static final int BATCH = 50;
    /** At most this many batches per run, so one run never holds the job for long. */
    static final int BATCHES_PER_RUN = 20;
    private static final int ERROR_MAX = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** What one run did. */
    record Run(int sent, int retrying, int failed, int outboxed) {
    }

    private final MailQueue queue;
    private final ObjectProvider<JavaMailSender> senders;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    Mailer(MailQueue queue, ObjectProvider<JavaMailSender> senders, TransactionTemplate tx, MessageSource messages,
           @Value("${boiduong.mail.from:boiduong@localhost}") String from,
           @Value("${boiduong.mail.base-url:}") String baseUrl) {
        this.queue = queue;
        this.senders = senders;
        this.tx = tx;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** One run: each pending e-mail is tried once (sent, kept for the next run, FAILED) or moved to the outbox. */
    Run deliverPending() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            Integer moved = tx.execute(status -> queue.moveAllToOutbox());
            return new Run(0, 0, 0, moved == null ? 0 : moved);
        }
        int[] totals = new int[3];
        long after = 0;
        for (int i = 0; i < BATCHES_PER_RUN; i++) {
            long start = after;
            Long last = tx.execute(status -> sendBatch(sender, start, totals));
            if (last == null) {
                break;
            }
            after = last;
        }
        if (totals[1] + totals[2] > 0) {
            log.warn("E-mail delivery: {} sent, {} to retry, {} failed for good", totals[0], totals[1], totals[2]);
        }
        return new Run(totals[0], totals[1], totals[2], 0);
    }

    /** Sends one claimed batch over one SMTP connection; returns the last id, or null when nothing was pending. */
    private Long sendBatch(JavaMailSender sender, long afterId, int[] totals) {
        List<MailQueue.Mail> batch = queue.claim(afterId, BATCH);
        if (batch.isEmpty()) {
            return null;
        }
        Map<MimeMessage, MailQueue.Mail> byMessage = new IdentityHashMap<>();
        List<MimeMessage> ready = new ArrayList<>();
        for (MailQueue.Mail mail : batch) {
            try {
                MimeMessage message = compose(sender, mail);
                byMessage.put(message, mail);
                ready.add(message);
            } catch (MessagingException | MailException e) {
                // an address that cannot be parsed will never be deliverable: no retries
                fail(mail, e, true, totals);
            }
        }
        Map<Object, Exception> failures = Map.of();
        if (!ready.isEmpty()) {
            try {
                sender.send(ready.toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                failures = e.getFailedMessages().isEmpty() ? everyOne(ready, e) : e.getFailedMessages();
            } catch (MailException e) {
                failures = everyOne(ready, e);  // e.g. authentication refused: nothing was sent
            }
        }
        for (MimeMessage message : ready) {
            MailQueue.Mail mail = byMessage.get(message);
            Exception failure = failures.get(message);
            if (failure == null) {
                queue.sent(mail.id());
                totals[0]++;
            } else {
                fail(mail, failure, mail.attempts() + 1 >= MAX_ATTEMPTS, totals);
            }
        }
        return batch.get(batch.size() - 1).id();
    }

    private void fail(MailQueue.Mail mail, Exception e, boolean last, int[] totals) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        queue.failed(mail.id(), error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error, last);
        totals[last ? 2 : 1]++;
    }

    private MimeMessage compose(JavaMailSender sender, MailQueue.Mail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setSentDate(new Date());
        StringBuilder text = new StringBuilder(mail.body() == null ? "" : mail.body());
        if (mail.link() != null && !baseUrl.isEmpty()) {
            text.append("\n\n").append(messages.getMessage("notify.mail.link", new Object[] {baseUrl + mail.link()}, VietnameseText.VI));
        }
        text.append("\n\n-- \n").append(messages.getMessage("notify.mail.footer", null, VietnameseText.VI));
        helper.setText(text.toString().strip());
        return message;
    }

    private static Map<Object, Exception> everyOne(List<MimeMessage> messages, Exception e) {
        Map<Object, Exception> all = new IdentityHashMap<>();
        messages.forEach(m -> all.put(m, e));
        return all;
    }
}
