package org.upright.program;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each patient's latest program (live or ended) as the figures need it: its span, the prescription
 * versions that took effect (withdrawn ones left out) and its pauses, for many patients in three
 * set-based queries. A data door for services: callers check access before asking.
 */
@Component
public class ProgramSpans {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    ProgramSpans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A patient's latest program and its span. */
    public record Latest(long programId, ProgramSpan span) {}

    /** The latest program of each given patient that has one. */
    @Transactional(readOnly = true)
    public Map<Long, Latest> latestOf(Collection<Long> patientIds) {
        List<Long> ids = List.copyOf(patientIds);
        Map<Long, Latest> result = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.putAll(load(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return result;
    }

    private Map<Long, Latest> load(List<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        record Head(
                long patientId,
                long programId,
                LocalDate start,
                @Nullable LocalDate end) {}
        List<Head> heads = jdbc.query(
                """
            SELECT pr.patient_id, pr.id, pr.start_date, pr.end_date
            FROM program pr
            JOIN (SELECT MAX(id) AS id FROM program WHERE patient_id IN (""" + placeholders(patientIds.size()) + """
            ) GROUP BY patient_id) latest ON latest.id = pr.id""",
                (rs, n) ->
                        new Head(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), localDate(rs.getDate(4))),
                patientIds.toArray());
        if (heads.isEmpty()) {
            return Map.of();
        }
        Object[] programIds = heads.stream().map(Head::programId).toArray();
        String in = placeholders(programIds.length);
        Map<Long, List<PlanVersion>> versions = new HashMap<>();
        jdbc.query(
                """
            SELECT program_id, effective_from, saved_at, walks_per_day, minutes_per_walk,
                   stretch_sessions_per_day, weekdays
            FROM prescription WHERE program_id IN (""" + in + """
            ) AND id NOT IN (SELECT prescription_id FROM prescription_withdrawal)""",
                rs -> {
                    versions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlanVersion(
                                    rs.getDate(2).toLocalDate(),
                                    rs.getTimestamp(3).toInstant(),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    Weekdays.fromBits(rs.getInt(7))));
                },
                programIds);
        Map<Long, List<Pause>> pauses = new HashMap<>();
        jdbc.query(
                "SELECT program_id, from_date, to_date FROM program_pause WHERE program_id IN (" + in + ")",
                rs -> {
                    pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Pause(rs.getDate(2).toLocalDate(), localDate(rs.getDate(3))));
                },
                programIds);
        Map<Long, Latest> result = new HashMap<>();
        for (Head head : heads) {
            result.put(
                    head.patientId(),
                    new Latest(
                            head.programId(),
                            new ProgramSpan(
                                    head.start(),
                                    head.end(),
                                    versions.getOrDefault(head.programId(), List.of()),
                                    pauses.getOrDefault(head.programId(), List.of()))));
        }
        return result;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
