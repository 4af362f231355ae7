package org.upright.mail;

import java.time.Instant;
import java.util.Map;

/**
 * A message to queue: once per (recipient, kind, occasion). The payload is for the template only and
 * holds no health data (see the package documentation); keys and values are short strings.
 */
public record OutgoingMessage(
        long recipientAccountId,
        Channel channel,
        String kind,
        String occasion,
        Map<String, String> payload,
        Instant due) {

    public OutgoingMessage {
        if (kind.isBlank() || kind.length() > 64) {
            throw new IllegalArgumentException("kind must have 1 to 64 characters");
        }
        if (occasion.isBlank() || occasion.length() > 128) {
            throw new IllegalArgumentException("occasion must have 1 to 128 characters");
        }
        payload = Map.copyOf(payload);
    }
}
