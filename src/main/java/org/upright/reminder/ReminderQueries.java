package org.upright.reminder;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reminder_setting table. */
@Component
class ReminderQueries {

    /** A patient whose reminders are on, with the times. */
    record Enabled(long patientId, ReminderTimes times) {}

    private final JdbcTemplate jdbc;

    ReminderQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReminderSetting> find(long patientId) {
        return jdbc
                .query(
                        "SELECT enabled, first_time, second_time, push_offer_closed FROM reminder_setting"
                                + " WHERE patient_id = ?",
                        (rs, n) -> new ReminderSetting(
                                rs.getBoolean(1), times(rs.getTime(2), rs.getTime(3)), rs.getBoolean(4)),
                        patientId)
                .stream()
                .findFirst();
    }

    void save(long patientId, boolean enabled, @Nullable ReminderTimes times, Instant now) {
        Time first = times == null ? null : Time.valueOf(times.first());
        Time second = times == null || times.second() == null ? null : Time.valueOf(times.second());
        jdbc.update("""
            INSERT INTO reminder_setting (patient_id, enabled, first_time, second_time, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE enabled = VALUES(enabled),
                first_time = COALESCE(VALUES(first_time), first_time),
                second_time = CASE WHEN VALUES(first_time) IS NULL THEN second_time ELSE VALUES(second_time) END,
                updated_at = VALUES(updated_at)""", patientId, enabled, first, second, Timestamp.from(now));
    }

    /** Records that the Web Push offer was answered, making a row (reminders off) if there is none. */
    void closePushOffer(long patientId, Instant now) {
        jdbc.update("""
            INSERT INTO reminder_setting (patient_id, enabled, push_offer_closed, updated_at) VALUES (?, FALSE, TRUE, ?)
            ON DUPLICATE KEY UPDATE push_offer_closed = TRUE""", patientId, Timestamp.from(now));
    }

    /** Turns reminders off; true when they were on. */
    boolean turnOff(long patientId, Instant now) {
        return jdbc.update(
                        "UPDATE reminder_setting SET enabled = FALSE, updated_at = ? WHERE patient_id = ? AND enabled",
                        Timestamp.from(now),
                        patientId)
                > 0;
    }

    List<Enabled> enabled() {
        return jdbc.query(
                "SELECT patient_id, first_time, second_time FROM reminder_setting WHERE enabled ORDER BY patient_id",
                (rs, n) -> new Enabled(rs.getLong(1), times(rs.getTime(2), rs.getTime(3))));
    }

    void delete(long patientId) {
        jdbc.update("DELETE FROM reminder_setting WHERE patient_id = ?", patientId);
    }

    private static @Nullable ReminderTimes times(@Nullable Time first, @Nullable Time second) {
        if (first == null) {
            return null;
        }
        LocalTime other = second == null ? null : second.toLocalTime();
        return new ReminderTimes(first.toLocalTime(), other);
    }
}
