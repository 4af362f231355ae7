package org.upright.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of outbox_message. Each claim and each state change is one statement. */
@Component
class OutboxStore {

    /** A claimed row, as the worker needs it. */
    record Claimed(
            long id,
            long recipientId,
            Channel channel,
            String kind,
            String occasion,
            Map<String, String> payload,
            int attempts) {}

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row; false when that (recipient, kind, occasion) exists already. */
    boolean insert(OutgoingMessage message, Instant now) {
        Timestamp due = Timestamp.from(message.due());
        try {
            jdbc.update(
                    """
                INSERT INTO outbox_message
                    (recipient_id, channel, kind, occasion, payload, created_at, due_at, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                    message.recipientAccountId(),
                    message.channel().name(),
                    message.kind(),
                    message.occasion(),
                    encode(message.payload()),
                    Timestamp.from(now),
                    due,
                    due);
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /**
     * Claims up to {@code limit} due rows for this claim token. One UPDATE: InnoDB locks each row it
     * changes and re-reads the claim condition under the lock, so a row goes to one claimant only. A
     * claim older than {@code abandonedBefore} (a worker that died) may be taken over.
     */
    int claim(String token, Instant now, Instant abandonedBefore, int limit) {
        return jdbc.update(
                """
            UPDATE outbox_message SET claim_token = ?, claimed_at = ?
            WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
              AND (claim_token IS NULL OR claimed_at < ?)
            ORDER BY next_attempt_at, id
            LIMIT ?""", token, Timestamp.from(now), Timestamp.from(now), Timestamp.from(abandonedBefore), limit);
    }

    List<Claimed> claimed(String token) {
        return jdbc.query(
                """
            SELECT id, recipient_id, channel, kind, occasion, payload, attempts
            FROM outbox_message WHERE claim_token = ? AND sent_at IS NULL AND failed_at IS NULL ORDER BY id""",
                (rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getLong("recipient_id"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("kind"),
                        rs.getString("occasion"),
                        decode(rs.getString("payload")),
                        rs.getInt("attempts")),
                token);
    }

    /** Marks a claimed row sent; false when the claim was lost (taken over after the lease). */
    boolean sent(long id, String token, Instant at) {
        return jdbc.update("""
                UPDATE outbox_message SET sent_at = ?, claim_token = NULL, claimed_at = NULL, last_error = NULL
                WHERE id = ? AND claim_token = ? AND sent_at IS NULL""", Timestamp.from(at), id, token) == 1;
    }

    /** Counts a failed attempt: tried again at {@code next}, or failed for good when {@code failedAt} is set. */
    void attemptFailed(long id, String token, int attempts, String error, Instant next, @Nullable Instant failedAt) {
        jdbc.update(
                """
            UPDATE outbox_message SET attempts = ?, last_error = ?, next_attempt_at = ?, failed_at = ?,
                claim_token = NULL, claimed_at = NULL
            WHERE id = ? AND claim_token = ?""",
                attempts,
                error,
                Timestamp.from(next),
                failedAt == null ? null : Timestamp.from(failedAt),
                id,
                token);
    }

    /** Gives a failed row a fresh start, due now. */
    boolean retry(long id, Instant now) {
        return jdbc.update("""
                UPDATE outbox_message SET failed_at = NULL, attempts = 0, next_attempt_at = ?,
                    claim_token = NULL, claimed_at = NULL
                WHERE id = ? AND failed_at IS NOT NULL""", Timestamp.from(now), id) == 1;
    }

    /** Rows due and not sent (nor failed for good). */
    long backlog(Instant now) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL AND failed_at IS NULL AND due_at <= ?",
                Long.class,
                Timestamp.from(now));
        return n == null ? 0 : n;
    }

    OutboxSummary summary() {
        return jdbc.query("""
            SELECT COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL), 0) AS queued,
                   COALESCE(SUM(sent_at IS NOT NULL), 0) AS sent,
                   COALESCE(SUM(failed_at IS NOT NULL), 0) AS failed,
                   COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL AND attempts > 0), 0) AS retrying
            FROM outbox_message""", rs -> {
            rs.next();
            return new OutboxSummary(
                    rs.getLong("queued"), rs.getLong("retrying"), rs.getLong("sent"), rs.getLong("failed"));
        });
    }

    /** Failed rows and rows being retried, newest first. */
    List<OutboxEntry> troubled(int limit) {
        return jdbc.query("""
            SELECT id, recipient_id, channel, kind, occasion, attempts, last_error, next_attempt_at, failed_at
            FROM outbox_message WHERE sent_at IS NULL AND (failed_at IS NOT NULL OR attempts > 0)
            ORDER BY COALESCE(failed_at, next_attempt_at) DESC, id DESC LIMIT ?""", (rs, i) -> entry(rs), limit);
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Timestamp failed = rs.getTimestamp("failed_at");
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getLong("recipient_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("kind"),
                rs.getString("occasion"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                failed == null ? null : failed.toInstant());
    }

    static String encode(Map<String, String> payload) {
        return payload.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(@Nullable String encoded) {
        Map<String, String> payload = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return payload;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            payload.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return payload;
    }
}
