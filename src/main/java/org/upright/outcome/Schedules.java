package org.upright.outcome;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The outcome_schedule rows (what a therapist chose for a program) and outcome_request rows (ad-hoc asks). */
@Component
class Schedules {

    private final JdbcTemplate jdbc;

    Schedules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The therapist's choice for a program; empty when they have made none (the standard schedule applies). */
    List<ScheduleEntry> of(long programId) {
        return jdbc.query(
                "SELECT questionnaire_code, at_start, every_weeks, at_end FROM outcome_schedule WHERE program_id = ?"
                        + " ORDER BY id",
                (rs, n) -> new ScheduleEntry(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getObject(3) == null ? null : rs.getInt(3),
                        rs.getBoolean(4)),
                programId);
    }

    /** Replaces the program's choice with these entries (one per questionnaire; one that asks nothing is kept as off). */
    void save(long patientId, long programId, List<ScheduleEntry> entries, long savedBy, Instant at) {
        jdbc.update("DELETE FROM outcome_schedule WHERE program_id = ?", programId);
        jdbc.batchUpdate(
                "INSERT INTO outcome_schedule (patient_id, program_id, questionnaire_code, at_start, every_weeks, at_end,"
                        + " saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream()
                        .map(e -> new Object[] {
                            patientId,
                            programId,
                            e.questionnaireCode(),
                            e.atStart(),
                            e.everyWeeks(),
                            e.atEnd(),
                            Timestamp.from(at),
                            savedBy
                        })
                        .toList());
    }

    /** A therapist's request, due from {@code requestedOn}. */
    record Request(long id, String code, LocalDate requestedOn) {}

    long addRequest(long patientId, String code, LocalDate on, Instant at, long by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO outcome_request (patient_id, questionnaire_code, requested_on, requested_at,"
                                    + " requested_by) VALUES (?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setLong(1, patientId);
                    statement.setString(2, code);
                    statement.setDate(3, Date.valueOf(on));
                    statement.setTimestamp(4, Timestamp.from(at));
                    statement.setLong(5, by);
                    return statement;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** The patient's requests not yet answered (no completed response for them), oldest first. */
    List<Request> openRequests(long patientId) {
        return jdbc.query(
                """
                SELECT r.id, r.questionnaire_code, r.requested_on FROM outcome_request r
                WHERE r.patient_id = ? AND NOT EXISTS (
                    SELECT 1 FROM questionnaire_response x
                    WHERE x.patient_id = r.patient_id AND x.questionnaire_code = r.questionnaire_code
                      AND x.occasion = CONCAT('R', r.id) AND x.status = 'COMPLETED')
                ORDER BY r.requested_on, r.id""",
                (rs, n) -> new Request(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                patientId);
    }

    Optional<Request> openRequest(long patientId, String code) {
        return openRequests(patientId).stream()
                .filter(r -> r.code().equals(code))
                .findFirst();
    }
}
