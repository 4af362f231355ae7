package org.upright.mail;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.NotFoundException;

/** Queues messages (any module) and shows the queue to the admin. */
@Service
public class Outbox {

    private final OutboxStore store;
    private final Clock clock;

    Outbox(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Queues a message, in the caller's transaction if there is one; false when that (recipient, kind,
     * occasion) is queued or sent already. Not for views: the calling service decides who may cause it.
     */
    @Transactional
    public boolean enqueue(OutgoingMessage message) {
        return store.insert(message, clock.instant());
    }

    /** Messages due and not yet sent (the gauge upright.outbox.backlog). */
    @Transactional(readOnly = true)
    public long backlog() {
        return store.backlog(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OutboxSummary summary() {
        return store.summary();
    }

    /** Messages that failed for good or are being retried, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> troubled() {
        return store.troubled(200);
    }

    /** Tries a failed message again from now, with a fresh count of attempts. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retry(long messageId) {
        if (!store.retry(messageId, clock.instant())) {
            throw new NotFoundException();
        }
    }
}
