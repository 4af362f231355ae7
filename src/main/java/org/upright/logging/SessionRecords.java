package org.upright.logging;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's live sessions as stored, for the record exports and the dashboard: every session,
 * discomfort per stretch, "too uncomfortable" outcomes and notes. A data door for services: the
 * caller checks that the patient may be read, and audits the reading.
 */
@Component
public class SessionRecords {

    private final JdbcTemplate jdbc;

    SessionRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored session; the context tags as stored (comma-separated tag names). */
    public record Session(
            long id,
            @Nullable Long programId,
            LocalDate day,
            String kind,
            @Nullable Integer walkMinutes,
            @Nullable Integer warmUpMinutes,
            @Nullable Integer discomfortBefore,
            @Nullable Integer discomfortAfter,
            @Nullable String note,
            @Nullable String contextTags,
            Instant loggedAt,
            List<Item> exercises) {}

    /** One exercise of a stretch session. */
    public record Item(
            long exerciseId, String outcome, @Nullable Integer discomfort) {}

    /** Every live session of the patient, oldest first. */
    @Transactional(readOnly = true)
    public List<Session> of(long patientId) {
        Map<Long, List<Item>> items = new HashMap<>();
        jdbc.query(
                """
            SELECT se.session_log_id, se.exercise_id, se.outcome, se.discomfort
            FROM session_exercise se
            JOIN session_log s ON s.id = se.session_log_id
            WHERE s.patient_id = ? AND s.deleted_at IS NULL
            ORDER BY se.session_log_id, se.id""",
                rs -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Item(
                                    rs.getLong("exercise_id"),
                                    rs.getString("outcome"),
                                    rs.getObject("discomfort", Integer.class)));
                },
                patientId);
        return jdbc.query(
                """
            SELECT id, program_id, local_date, kind, walk_minutes, warm_up_minutes, discomfort_before, discomfort_after, note,
                   context_tags, logged_at
            FROM session_log
            WHERE patient_id = ? AND deleted_at IS NULL
            ORDER BY local_date, logged_at, id""",
                (rs, row) -> new Session(
                        rs.getLong("id"),
                        rs.getObject("program_id", Long.class),
                        rs.getObject("local_date", LocalDate.class),
                        rs.getString("kind"),
                        rs.getObject("walk_minutes", Integer.class),
                        rs.getObject("warm_up_minutes", Integer.class),
                        rs.getObject("discomfort_before", Integer.class),
                        rs.getObject("discomfort_after", Integer.class),
                        rs.getString("note"),
                        rs.getString("context_tags"),
                        rs.getTimestamp("logged_at").toInstant(),
                        List.copyOf(items.getOrDefault(rs.getLong("id"), List.of()))),
                patientId);
    }

    /** A stretch rated "too uncomfortable" on a day. */
    public record Uncomfortable(LocalDate day, long exerciseId) {}

    /** A session's note as the patient wrote it. */
    public record Note(LocalDate day, String kind, String note) {}

    /** Mean discomfort per stretch (exercise id) and day, from {@code from} up to {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public Map<Long, Map<LocalDate, Double>> stretchDiscomfort(long patientId, LocalDate from, LocalDate until) {
        Map<Long, Map<LocalDate, Double>> perStretch = new HashMap<>();
        jdbc.query(
                """
            SELECT se.exercise_id, l.local_date, AVG(se.discomfort)
            FROM session_exercise se
            JOIN session_log l ON l.id = se.session_log_id
            WHERE l.patient_id = ? AND l.local_date >= ? AND l.local_date < ? AND l.deleted_at IS NULL
              AND se.discomfort IS NOT NULL
            GROUP BY se.exercise_id, l.local_date""",
                rs -> {
                    perStretch
                            .computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getDouble(3));
                },
                patientId,
                Date.valueOf(from),
                Date.valueOf(until));
        return perStretch;
    }

    /** The latest stretches rated "too uncomfortable" in the days given, newest day first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Uncomfortable> tooUncomfortable(long patientId, LocalDate from, LocalDate until, int limit) {
        return jdbc.query(
                """
            SELECT l.local_date, se.exercise_id
            FROM session_exercise se
            JOIN session_log l ON l.id = se.session_log_id
            WHERE l.patient_id = ? AND l.local_date >= ? AND l.local_date < ? AND l.deleted_at IS NULL
              AND se.outcome = ?
            ORDER BY l.local_date DESC, se.exercise_id LIMIT ?""",
                (rs, n) -> new Uncomfortable(rs.getObject(1, LocalDate.class), rs.getLong(2)),
                patientId,
                Date.valueOf(from),
                Date.valueOf(until),
                ExerciseOutcome.TOO_UNCOMFORTABLE.name(),
                limit);
    }

    /** The patient's latest notes, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Note> latestNotes(long patientId, int limit) {
        return jdbc.query(
                """
            SELECT local_date, kind, note FROM session_log
            WHERE patient_id = ? AND has_note = TRUE AND deleted_at IS NULL
            ORDER BY local_date DESC, logged_at DESC LIMIT ?""",
                (rs, n) -> new Note(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)),
                patientId,
                limit);
    }
}
