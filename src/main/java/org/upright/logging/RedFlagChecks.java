package org.upright.logging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The red_flag_check rows: each weekly safety check a patient answered, with the answers as stored. */
@Component
class RedFlagChecks {

    private final JdbcTemplate jdbc;

    RedFlagChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored check: "QUESTION=yes|no" pairs joined by commas. */
    record Check(long id, String answers, boolean anyYes, Instant answeredAt) {}

    /** Stores a check and returns its id. */
    long add(long patientId, Instant answeredAt, String answers, boolean anyYes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO red_flag_check (patient_id, answered_at, answers, any_yes) VALUES (?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setLong(1, patientId);
                    statement.setTimestamp(2, Timestamp.from(answeredAt));
                    statement.setString(3, answers);
                    statement.setBoolean(4, anyYes);
                    return statement;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Instant> lastAnswered(long patientId) {
        Timestamp last = jdbc.queryForObject(
                "SELECT MAX(answered_at) FROM red_flag_check WHERE patient_id = ?", Timestamp.class, patientId);
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    Optional<Check> latest(long patientId) {
        return jdbc.query("""
            SELECT id, answers, any_yes, answered_at FROM red_flag_check WHERE patient_id = ?
            ORDER BY answered_at DESC, id DESC LIMIT 1""", RedFlagChecks::check, patientId).stream().findFirst();
    }

    /** Every check of the patient, newest first. */
    List<Check> all(long patientId) {
        return jdbc.query("""
            SELECT id, answers, any_yes, answered_at FROM red_flag_check WHERE patient_id = ?
            ORDER BY answered_at DESC, id DESC""", RedFlagChecks::check, patientId);
    }

    private static Check check(ResultSet rs, int row) throws SQLException {
        return new Check(
                rs.getLong(1),
                rs.getString(2),
                rs.getBoolean(3),
                rs.getTimestamp(4).toInstant());
    }
}
