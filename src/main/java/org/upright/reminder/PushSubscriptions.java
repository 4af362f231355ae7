package org.upright.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The push_subscription table: a browser's Web Push subscription per account. */
@Component
class PushSubscriptions {

    /** One browser's subscription. */
    record Subscription(String endpoint, String p256dh, String auth) {}

    private final JdbcTemplate jdbc;

    PushSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the subscription for the account; a browser that subscribes again replaces its row. */
    void store(long accountId, Subscription subscription, Instant now) {
        jdbc.update(
                """
            INSERT INTO push_subscription (account_id, endpoint, p256dh, auth, created_at) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE account_id = VALUES(account_id), p256dh = VALUES(p256dh), auth = VALUES(auth),
                created_at = VALUES(created_at)""",
                accountId,
                subscription.endpoint(),
                subscription.p256dh(),
                subscription.auth(),
                Timestamp.from(now));
    }

    void remove(long accountId, String endpoint) {
        jdbc.update("DELETE FROM push_subscription WHERE account_id = ? AND endpoint = ?", accountId, endpoint);
    }

    /** Forgets a subscription the push service no longer knows (gone or expired). */
    void forget(String endpoint) {
        jdbc.update("DELETE FROM push_subscription WHERE endpoint = ?", endpoint);
    }

    List<Subscription> of(long accountId) {
        return jdbc.query(
                "SELECT endpoint, p256dh, auth FROM push_subscription WHERE account_id = ? ORDER BY id",
                (rs, n) -> new Subscription(rs.getString(1), rs.getString(2), rs.getString(3)),
                accountId);
    }

    boolean any(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM push_subscription WHERE account_id = ?)", Boolean.class, accountId));
    }
}
