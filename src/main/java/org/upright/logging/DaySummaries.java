package org.upright.logging;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * The daily_activity summary: one row per patient and local day, kept in step with the logs in the
 * same transaction as each change (decisions 5 and 8). Its set-based reads are the figures' data
 * door; callers check access before asking.
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

    private static final String COLUMNS =
            "patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count";

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
        recompute(jdbc, patientId, day);
    }

    /**
     * Recomputes one day's daily_activity row of a patient from the live logs, then what is derived
     * from the rows: the last active day (activity_summary) and the baseline days (baseline_day).
     * The caller holds the day's lock; the activity_summary row, taken after it as in every change,
     * serialises the rewrite of the patient's derived rows. Public so test fixtures that insert logs
     * directly keep the summaries exactly as the app does.
     */
    public static void recompute(JdbcTemplate jdbc, long patientId, LocalDate day) {
        jdbc.update(SQL, patientId, Date.valueOf(day), patientId, Date.valueOf(day));
        jdbc.update(
                "INSERT INTO activity_summary (patient_id) VALUES (?) ON DUPLICATE KEY UPDATE patient_id = patient_id",
                patientId);
        jdbc.update("""
            UPDATE activity_summary SET
                last_active_date = (SELECT local_date FROM daily_activity
                                    WHERE patient_id = ? AND walks + stretch_sessions > 0
                                    ORDER BY local_date DESC LIMIT 1),
                last_rated_date = (SELECT local_date FROM daily_activity
                                   WHERE patient_id = ? AND discomfort_count > 0
                                   ORDER BY local_date DESC LIMIT 1)
            WHERE patient_id = ?""", patientId, patientId, patientId);
        // the baseline changes only while it has fewer than its days, or with a day it holds or precedes
        var baseline = jdbc.queryForMap(
                "SELECT COUNT(*) AS n, MAX(local_date) AS last FROM baseline_day WHERE patient_id = ?", patientId);
        Date last = (Date) baseline.get("last");
        if (((Number) baseline.get("n")).intValue() < DayActivity.BASELINE_DAYS || !day.isAfter(last.toLocalDate())) {
            jdbc.update("DELETE FROM baseline_day WHERE patient_id = ?", patientId);
            jdbc.update("""
                INSERT INTO baseline_day (patient_id, local_date, walks, stretch_sessions, walk_minutes,
                                          discomfort_sum, discomfort_count)
                SELECT patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
                FROM daily_activity WHERE patient_id = ? AND discomfort_count > 0
                ORDER BY local_date LIMIT ?""", patientId, DayActivity.BASELINE_DAYS);
            storeBaseline(jdbc, patientId);
        }
    }

    /**
     * Keeps the patient's baseline value (activity_summary.baseline) in step with their baseline_day
     * rows, computed in Java the one way the figures compute it ({@link DayActivity#baselineOf}).
     */
    private static void storeBaseline(JdbcTemplate jdbc, long patientId) {
        List<DayActivity> days = jdbc.query(
                "SELECT " + COLUMNS.substring("patient_id, ".length())
                        + " FROM baseline_day WHERE patient_id = ? ORDER BY local_date",
                (rs, i) -> activity(rs, 1),
                patientId);
        OptionalDouble baseline = DayActivity.baselineOf(days);
        jdbc.update(
                "UPDATE activity_summary SET baseline = ? WHERE patient_id = ?",
                baseline.isPresent() ? baseline.getAsDouble() : null,
                patientId);
    }

    /**
     * Fills activity_summary and baseline_day from daily_activity for every patient who has rows there
     * and none here (a database written before these tables existed, or loaded in bulk), then every
     * baseline value that is missing. Returns the patients whose summary was written.
     */
    public static int fillMissing(JdbcTemplate jdbc) {
        int patients = jdbc.update("""
            INSERT INTO activity_summary (patient_id, last_active_date, last_rated_date)
            SELECT patient_id, MAX(CASE WHEN walks + stretch_sessions > 0 THEN local_date END),
                   MAX(CASE WHEN discomfort_count > 0 THEN local_date END)
            FROM daily_activity d
            WHERE NOT EXISTS (SELECT 1 FROM activity_summary s WHERE s.patient_id = d.patient_id)
            GROUP BY patient_id""");
        jdbc.update("""
            INSERT INTO baseline_day (patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum,
                                      discomfort_count)
            SELECT patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
            FROM (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY d.patient_id ORDER BY d.local_date) AS n
                  FROM daily_activity d
                  WHERE d.discomfort_count > 0
                    AND NOT EXISTS (SELECT 1 FROM baseline_day b WHERE b.patient_id = d.patient_id)) rated
            WHERE n <= ?""", DayActivity.BASELINE_DAYS);
        // a baseline exists only with all its days: the value is missing where those are there and it is not
        Map<Long, List<DayActivity>> complete = new HashMap<>();
        jdbc.query("""
            SELECT b.patient_id, b.local_date, b.walks, b.stretch_sessions, b.walk_minutes, b.discomfort_sum,
                   b.discomfort_count
            FROM baseline_day b JOIN activity_summary s ON s.patient_id = b.patient_id
            WHERE s.baseline IS NULL ORDER BY b.patient_id, b.local_date""", rs -> {
            complete.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(activity(rs, 2));
        });
        List<Object[]> updates = new ArrayList<>();
        complete.forEach((patientId, days) ->
                DayActivity.baselineOf(days).ifPresent(b -> updates.add(new Object[] {b, patientId})));
        jdbc.batchUpdate("UPDATE activity_summary SET baseline = ? WHERE patient_id = ?", updates);
        return patients;
    }

    /** The patient's summary rows for {@code from} (inclusive) to {@code until} (exclusive). */
    List<DayActivity> between(long patientId, LocalDate from, LocalDate until) {
        return jdbc.query("""
            SELECT local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
            FROM daily_activity WHERE patient_id = ? AND local_date >= ? AND local_date < ?
            ORDER BY local_date""", (rs, i) -> activity(rs, 1), patientId, Date.valueOf(from), Date.valueOf(until));
    }

    /** Every row of each given patient, oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<DayActivity>> all(Collection<Long> patientIds) {
        return byPatient(
                patientIds,
                chunk -> query(
                        "SELECT " + COLUMNS + " FROM daily_activity WHERE patient_id IN ("
                                + InLists.placeholders(chunk.size()) + ") ORDER BY patient_id, local_date",
                        chunk.toArray()));
    }

    /**
     * Each given patient's last day with a session, for those who have one, read by key
     * (activity_summary). The summaries are kept in step with the logs, so this is the day of the last
     * log that is not deleted.
     */
    @Transactional(readOnly = true)
    public Map<Long, DayActivity> lastActive(Collection<Long> patientIds) {
        return lastDay("last_active_date", patientIds);
    }

    private Map<Long, DayActivity> lastDay(String column, Collection<Long> patientIds) {
        Map<Long, DayActivity> last = new HashMap<>();
        byPatient(
                        patientIds,
                        chunk -> query(
                                "SELECT d." + COLUMNS.replace(", ", ", d.")
                                        + " FROM activity_summary s JOIN daily_activity d"
                                        + " ON d.patient_id = s.patient_id AND d.local_date = s." + column
                                        + " WHERE s.patient_id IN (" + InLists.placeholders(chunk.size()) + ")",
                                chunk.toArray()))
                .forEach((patientId, rows) -> last.put(patientId, rows.get(0)));
        return last;
    }

    /**
     * What the recent figures need, in one statement: the days from {@code since} on, and of each
     * patient's whole history, read by key, the baseline value, the last day with a session and the last
     * day with a rating.
     */
    public record Anchors(
            Map<Long, List<DayActivity>> window,
            Map<Long, Double> baseline,
            Map<Long, DayActivity> lastActive,
            Map<Long, DayActivity> lastRated) {}

    @Transactional(readOnly = true)
    public Anchors anchors(Collection<Long> patientIds, LocalDate since) {
        Map<Long, List<DayActivity>> window = new HashMap<>();
        Map<Long, Double> baseline = new HashMap<>();
        Map<Long, DayActivity> lastActive = new HashMap<>();
        Map<Long, DayActivity> lastRated = new HashMap<>();
        List<Long> ids = List.copyOf(patientIds);
        String columns = "d." + COLUMNS.replace(", ", ", d.");
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            String in = InLists.placeholders(chunk.size());
            List<Object> args = new ArrayList<>();
            args.addAll(chunk);
            args.add(Date.valueOf(since));
            args.addAll(chunk);
            args.addAll(chunk);
            jdbc.query(
                    "SELECT 'W', " + columns + ", NULL FROM daily_activity d WHERE d.patient_id IN (" + in
                            + ") AND d.local_date >= ?"
                            + " UNION ALL SELECT 'A', s.patient_id, d.local_date, d.walks, d.stretch_sessions,"
                            + " d.walk_minutes, d.discomfort_sum, d.discomfort_count, s.baseline"
                            + " FROM activity_summary s LEFT JOIN daily_activity d"
                            + " ON d.patient_id = s.patient_id AND d.local_date = s.last_active_date"
                            + " WHERE s.patient_id IN (" + in + ")"
                            + " UNION ALL SELECT 'R', " + columns + ", NULL FROM activity_summary s"
                            + " JOIN daily_activity d ON d.patient_id = s.patient_id AND d.local_date = s.last_rated_date"
                            + " WHERE s.patient_id IN (" + in + ")",
                    rs -> {
                        long patientId = rs.getLong(2);
                        switch (rs.getString(1)) {
                            case "W" ->
                                window.computeIfAbsent(patientId, k -> new ArrayList<>())
                                        .add(activity(rs, 3));
                            case "A" -> {
                                double value = rs.getDouble(9);
                                if (!rs.wasNull()) {
                                    baseline.put(patientId, value);
                                }
                                if (rs.getObject(3) != null) {
                                    lastActive.put(patientId, activity(rs, 3));
                                }
                            }
                            default -> lastRated.put(patientId, activity(rs, 3));
                        }
                    },
                    args.toArray());
        }
        window.values().forEach(days -> days.sort(java.util.Comparator.comparing(DayActivity::date)));
        return new Anchors(window, baseline, lastActive, lastRated);
    }

    private record Row(long patientId, DayActivity day) {}

    private List<Row> query(String sql, Object[] args) {
        return jdbc.query(sql, (rs, n) -> new Row(rs.getLong(1), activity(rs, 2)), args);
    }

    private static Map<Long, List<DayActivity>> byPatient(
            Collection<Long> patientIds, java.util.function.Function<List<Long>, List<Row>> read) {
        List<Long> ids = List.copyOf(patientIds);
        Map<Long, List<DayActivity>> result = new HashMap<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            for (Row row : read.apply(ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK)))) {
                result.computeIfAbsent(row.patientId(), k -> new ArrayList<>()).add(row.day());
            }
        }
        return result;
    }

    private static DayActivity activity(ResultSet rs, int first) throws SQLException {
        return new DayActivity(
                rs.getObject(first, LocalDate.class),
                rs.getInt(first + 1),
                rs.getInt(first + 2),
                rs.getInt(first + 3),
                rs.getInt(first + 4),
                rs.getInt(first + 5));
    }
}
