package org.upright.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due rows. Each run claims a batch under a claim token of its own (one UPDATE, see
 * {@link OutboxStore#claim}), so several instances on one database never take the same row; delivers
 * each; marks it sent under the same token. A failed attempt is tried again after 1, 2, 4 … minutes
 * (at most {@link #MAX_DELAY}); after {@link #MAX_ATTEMPTS} attempts the row is failed for good and
 * waits for the admin. Logs name the row id and kind only, never the recipient or the message.
 */
@Component
public class OutboxWorker {

    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(6);
    /** A claim older than this belongs to a worker that died; delivery timeouts are far shorter. */
    static final Duration LEASE = Duration.ofMinutes(10);

    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final Recipients recipients;
    private final Map<String, MessageTemplate> templates = new HashMap<>();
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    OutboxWorker(
            OutboxStore store,
            Recipients recipients,
            List<MessageTemplate> templates,
            List<DeliveryChannel> channels,
            Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.clock = clock;
        templates.forEach(t -> this.templates.put(t.kind(), t));
        channels.forEach(c -> this.channels.put(c.channel(), c));
    }

    @Scheduled(cron = "${upright.outbox.cron:*/10 * * * * *}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException ex) {
            // the rows stay owed; the next run tries again
            log.warn("Outbox run failed: {}", ex.toString());
        }
    }

    /** Sends what is due now, batch after batch; answers how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (int batch = 0; batch < 20; batch++) {
            String token = instance + ":" + UUID.randomUUID();
            Instant now = clock.instant();
            int claimed;
            try {
                claimed = store.claim(token, now, now.minus(LEASE), BATCH);
            } catch (ConcurrencyFailureException lostRace) {
                // another instance claims the same rows at this moment; they are its to send
                continue;
            }
            if (claimed == 0) {
                break;
            }
            for (OutboxStore.Claimed row : store.claimed(token)) {
                if (send(row, token)) {
                    sent++;
                }
            }
            if (claimed < BATCH) {
                break;
            }
        }
        return sent;
    }

    private boolean send(OutboxStore.Claimed row, String token) {
        Optional<Recipient> to = recipients.find(row.recipientId());
        if (to.isEmpty() || !to.get().active()) {
            // nobody to send to any more: failed for good at once, not retried
            store.attemptFailed(
                    row.id(),
                    token,
                    row.attempts() + 1,
                    "The recipient's account is disabled or gone.",
                    clock.instant(),
                    clock.instant());
            return false;
        }
        try {
            MessageTemplate template = templates.get(row.kind());
            if (template == null) {
                throw new IllegalStateException("No template for the kind " + row.kind());
            }
            DeliveryChannel channel = channels.get(row.channel());
            if (channel == null) {
                throw new IllegalStateException("No delivery channel " + row.channel());
            }
            RenderedMessage message =
                    template.render(to.get(), row.payload(), to.get().language());
            channel.deliver(to.get(), message);
        } catch (Exception ex) {
            failed(row, token, ex);
            return false;
        }
        if (!store.sent(row.id(), token, clock.instant())) {
            log.warn("Outbox message {} ({}) was sent after its claim had lapsed", row.id(), row.kind());
        }
        return true;
    }

    private void failed(OutboxStore.Claimed row, String token, Exception ex) {
        int attempts = row.attempts() + 1;
        Instant now = clock.instant();
        @Nullable Instant failedAt = attempts >= MAX_ATTEMPTS ? now : null;
        store.attemptFailed(row.id(), token, attempts, error(ex), now.plus(delayAfter(attempts)), failedAt);
        log.warn(
                "Outbox message {} ({}) attempt {} failed{}: {}",
                row.id(),
                row.kind(),
                attempts,
                failedAt == null ? "" : " for good",
                ex.getClass().getSimpleName());
    }

    /** 1, 2, 4 … minutes after the first, second, third … failure, at most {@link #MAX_DELAY}. */
    static Duration delayAfter(int attempts) {
        long minutes = FIRST_DELAY.toMinutes() << Math.min(attempts - 1, 20);
        return minutes >= MAX_DELAY.toMinutes() ? MAX_DELAY : Duration.ofMinutes(minutes);
    }

    /** What went wrong, without the message: the exception's class and first line, short. */
    static String error(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = ex.getClass().getSimpleName()
                + (root != ex ? " / " + root.getClass().getSimpleName() : "")
                + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
