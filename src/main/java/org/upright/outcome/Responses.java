package org.upright.outcome;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.upright.base.InLists;

/** The questionnaire_response and questionnaire_answer rows: drafts and completed responses with answers. */
@Component
class Responses {

    private static final String COLUMNS = "id, patient_id, questionnaire_id, program_id, occasion, due_on, status,"
            + " started_at, completed_at, answered_on, score, not_scored_reason, row_version, questionnaire_code";

    private final JdbcTemplate jdbc;

    Responses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A response row without its answers. */
    record Row(
            long id,
            long patientId,
            long questionnaireId,
            @Nullable Long programId,
            String occasion,
            LocalDate dueOn,
            ResponseStatus status,
            Instant startedAt,
            @Nullable Instant completedAt,
            @Nullable LocalDate answeredOn,
            @Nullable Double score,
            @Nullable NotScored notScored,
            int rowVersion,
            String questionnaireCode) {}

    /** Adds a draft; returns its id. A second draft for the same occasion breaks the unique key. */
    long addDraft(long patientId, Questionnaire q, Occasion occasion, LocalDate dueOn, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO questionnaire_response (patient_id, questionnaire_id, questionnaire_code,"
                                    + " program_id, occasion, due_on, status, started_at) VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?)",
                            new String[] {"id"});
                    statement.setLong(1, patientId);
                    statement.setLong(2, q.id());
                    statement.setString(3, q.code());
                    statement.setObject(4, occasion.programId());
                    statement.setString(5, occasion.key());
                    statement.setDate(6, Date.valueOf(dueOn));
                    statement.setTimestamp(7, Timestamp.from(now));
                    return statement;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM questionnaire_response WHERE id = ?", Responses::row, id)
                .stream()
                .findFirst();
    }

    Optional<Row> findByOccasion(long patientId, String code, String occasionKey) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS
                                + " FROM questionnaire_response WHERE patient_id = ? AND questionnaire_code = ? AND occasion = ?",
                        Responses::row,
                        patientId,
                        code,
                        occasionKey)
                .stream()
                .findFirst();
    }

    /** Every response of the patient (drafts too), oldest first. */
    List<Row> ofPatient(long patientId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM questionnaire_response WHERE patient_id = ? ORDER BY started_at, id",
                Responses::row,
                patientId);
    }

    /** Each response's answers, by position. */
    Map<Long, List<Answer>> answersOf(Collection<Long> responseIds) {
        Map<Long, List<Answer>> result = new HashMap<>();
        List<Long> ids = List.copyOf(responseIds);
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            jdbc.query(
                    "SELECT response_id, position, link_id, label, value FROM questionnaire_answer WHERE response_id IN ("
                            + InLists.placeholders(chunk.size()) + ") ORDER BY response_id, position",
                    rs -> {
                        result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Answer(
                                        rs.getInt(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getObject(5) == null ? null : rs.getInt(5)));
                    },
                    chunk.toArray());
        }
        return result;
    }

    /** Replaces the draft's answers if its row version is still {@code rowVersion}; false when someone saved first. */
    boolean saveAnswers(long id, int rowVersion, List<Answer> answers) {
        int updated = jdbc.update(
                "UPDATE questionnaire_response SET row_version = row_version + 1 WHERE id = ? AND row_version = ?"
                        + " AND status = 'DRAFT'",
                id,
                rowVersion);
        if (updated == 0) {
            return false;
        }
        jdbc.update("DELETE FROM questionnaire_answer WHERE response_id = ?", id);
        jdbc.batchUpdate(
                "INSERT INTO questionnaire_answer (response_id, position, link_id, label, value) VALUES (?, ?, ?, ?, ?)",
                answers.stream()
                        .map(a -> new Object[] {id, a.position(), a.linkId(), a.label(), a.value()})
                        .toList());
        return true;
    }

    void complete(long id, Instant at, LocalDate answeredOn, Score score) {
        jdbc.update(
                "UPDATE questionnaire_response SET status = 'COMPLETED', completed_at = ?, answered_on = ?, score = ?,"
                        + " not_scored_reason = ? WHERE id = ? AND status = 'DRAFT'",
                Timestamp.from(at),
                Date.valueOf(answeredOn),
                score.value(),
                score.reason() == null ? null : score.reason().name(),
                id);
    }

    /** A scored completed response of a main measure, for the caseload. */
    record MainScore(long patientId, String code, LocalDate answeredOn, double score) {}

    /** The scored completed responses of the given codes for these patients, oldest first per patient. */
    Map<Long, List<MainScore>> scoresOf(Collection<Long> patientIds, Collection<String> codes) {
        Map<Long, List<MainScore>> result = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(patientIds);
        if (codes.isEmpty()) {
            return result;
        }
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.addAll(codes);
            jdbc.query(
                    "SELECT patient_id, questionnaire_code, answered_on, score FROM questionnaire_response"
                            + " WHERE patient_id IN (" + InLists.placeholders(chunk.size()) + ")"
                            + " AND questionnaire_code IN (" + InLists.placeholders(codes.size()) + ")"
                            + " AND status = 'COMPLETED' AND score IS NOT NULL ORDER BY patient_id, completed_at, id",
                    rs -> {
                        result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new MainScore(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getObject(3, LocalDate.class),
                                        rs.getDouble(4)));
                    },
                    args.toArray());
        }
        return result;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp(9);
        LocalDate answered = rs.getObject(10, LocalDate.class);
        String reason = rs.getString(12);
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getObject(4) == null ? null : rs.getLong(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                ResponseStatus.valueOf(rs.getString(7)),
                rs.getTimestamp(8).toInstant(),
                completed == null ? null : completed.toInstant(),
                answered,
                rs.getObject(11) == null ? null : rs.getDouble(11),
                reason == null ? null : NotScored.valueOf(reason),
                rs.getInt(13),
                rs.getString(14));
    }
}
