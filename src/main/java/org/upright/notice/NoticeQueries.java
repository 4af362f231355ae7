package org.upright.notice;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The therapist_notice_setting table. */
@Component
class NoticeQueries {

    record Digest(long accountId, NoticeSetting setting) {}

    private final JdbcTemplate jdbc;

    NoticeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NoticeSetting> find(long accountId) {
        return jdbc
                .query(
                        "SELECT immediate, digest, digest_time, time_zone FROM therapist_notice_setting"
                                + " WHERE account_id = ?",
                        (rs, n) -> new NoticeSetting(
                                rs.getBoolean(1),
                                rs.getBoolean(2),
                                rs.getTime(3).toLocalTime(),
                                ZoneId.of(rs.getString(4))),
                        accountId)
                .stream()
                .findFirst();
    }

    void save(long accountId, NoticeSetting setting, Instant now) {
        jdbc.update(
                """
            INSERT INTO therapist_notice_setting (account_id, immediate, digest, digest_time, time_zone, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE immediate = VALUES(immediate), digest = VALUES(digest),
                digest_time = VALUES(digest_time), time_zone = VALUES(time_zone), updated_at = VALUES(updated_at)""",
                accountId,
                setting.immediate(),
                setting.digest(),
                Time.valueOf(setting.digestTime()),
                setting.zone().getId(),
                Timestamp.from(now));
    }

    List<Digest> digests() {
        return jdbc.query(
                "SELECT account_id, immediate, digest, digest_time, time_zone FROM therapist_notice_setting"
                        + " WHERE digest ORDER BY account_id",
                (rs, n) -> new Digest(
                        rs.getLong(1),
                        new NoticeSetting(
                                rs.getBoolean(2),
                                rs.getBoolean(3),
                                rs.getTime(4).toLocalTime(),
                                ZoneId.of(rs.getString(5)))));
    }
}
