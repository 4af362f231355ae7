package org.upright.logging;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.adherence.DayActivity;

/**
 * The daily_activity summary: one row per patient and local day, kept in step with the logs in the
 * same transaction as each change (decisions 5 and 8).
 */
@Component
public class DaySummaries {

    /**
     * Recomputes one day's daily_activity row of a patient from the live logs (parameters: patient
     * id, day, patient id, day). Public so test fixtures that insert logs directly keep the summary
     * exactly as the app does.
     */
    public static final String SQL = """
            INSERT INTO daily_activity (patient_id, local_date, walks, stretch_sessions, walk_minutes,
                                        discomfort_sum, discomfort_count)
            SELECT ?, ?,
                   COALESCE(SUM(kind = 'WALK'), 0),
                   COALESCE(SUM(kind = 'STRETCH'), 0),
                   COALESCE(SUM(CASE WHEN kind = 'WALK' THEN walk_minutes ELSE 0 END), 0),
                   COALESCE(SUM(discomfort_after), 0),
                   COUNT(discomfort_after)
            FROM session_log
            WHERE patient_id = ? AND local_date = ? AND deleted_at IS NULL
            ON DUPLICATE KEY UPDATE walks = VALUES(walks), stretch_sessions = VALUES(stretch_sessions),
                walk_minutes = VALUES(walk_minutes), discomfort_sum = VALUES(discomfort_sum),
                discomfort_count = VALUES(discomfort_count)""";

    private final JdbcTemplate jdbc;

    DaySummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the patient's summary row of each day (inserting an empty one when there is none yet),
     * earliest day first so two changes that touch the same two days cannot deadlock. Held until
     * commit, so changes of one patient's day run one at a time.
     */
    void lock(long patientId, LocalDate... days) {
        for (LocalDate day : java.util.Arrays.stream(days).distinct().sorted().toList()) {
            jdbc.update("""
                INSERT INTO daily_activity (patient_id, local_date) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE walks = walks""", patientId, Date.valueOf(day));
        }
    }

    /**
     * Recomputes the day's summary from its logs; the caller holds the day's lock
     * ({@link #lock}), so every other change of this day has committed before (and is read
     * here, at READ COMMITTED) or waits until this transaction ends.
     */
    void refresh(long patientId, LocalDate day) {
        jdbc.update(SQL, patientId, Date.valueOf(day), patientId, Date.valueOf(day));
    }

    /** The patient's summary rows for {@code from} (inclusive) to {@code until} (exclusive). */
    List<DayActivity> between(long patientId, LocalDate from, LocalDate until) {
        return jdbc.query(
                """
            SELECT local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
            FROM daily_activity WHERE patient_id = ? AND local_date >= ? AND local_date < ?
            ORDER BY local_date""",
                (rs, i) -> new DayActivity(
                        rs.getDate(1).toLocalDate(),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)),
                patientId,
                Date.valueOf(from),
                Date.valueOf(until));
    }
}
