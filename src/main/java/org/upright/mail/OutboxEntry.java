package org.upright.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the outbox as the admin sees it: no payload, only what went wrong. */
public record OutboxEntry(
        long id,
        long recipientAccountId,
        Channel channel,
        String kind,
        String occasion,
        int attempts,
        @Nullable String lastError,
        Instant nextAttemptAt,
        @Nullable Instant failedAt) {}
