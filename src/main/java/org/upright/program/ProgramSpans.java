package org.upright.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * Each patient's latest program (live or ended) as the figures need it: its span, the prescription
 * versions that took effect (withdrawn ones left out) and its pauses, for many patients in one
 * set-based statement per thousand. A data door for services: callers check access before asking.
 */
@Component
public class ProgramSpans {

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
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            result.putAll(load(ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK))));
        }
        return result;
    }

    private Map<Long, Latest> load(List<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        // one statement: a row per prescription version that took effect ('V'), a row per pause ('P'),
        // each with its program's head; a program with neither still has its head row ('V', no version).
        // Every program of the patients is read by the patient index; the latest (highest id) is kept here,
        // which costs the database less than finding it per patient in each part.
        String in = InLists.placeholders(patientIds.size());
        String sql = "SELECT 'V', pr.patient_id, pr.id, pr.start_date, pr.end_date, v.effective_from, v.saved_at,"
                + " v.walks_per_day, v.minutes_per_walk, v.stretch_sessions_per_day, v.weekdays, NULL, NULL"
                + " FROM program pr LEFT JOIN prescription v ON v.program_id = pr.id"
                + " AND NOT EXISTS (SELECT 1 FROM prescription_withdrawal w WHERE w.prescription_id = v.id)"
                + " WHERE pr.patient_id IN (" + in + ")"
                + " UNION ALL"
                + " SELECT 'P', pr.patient_id, pr.id, pr.start_date, pr.end_date, NULL, NULL, NULL, NULL, NULL, NULL,"
                + " pp.from_date, pp.to_date"
                + " FROM program pr JOIN program_pause pp ON pp.program_id = pr.id"
                + " WHERE pr.patient_id IN (" + in + ")";
        Object[] args = new Object[patientIds.size() * 2];
        for (int i = 0; i < patientIds.size(); i++) {
            args[i] = patientIds.get(i);
            args[patientIds.size() + i] = patientIds.get(i);
        }
        record Head(
                long programId, LocalDate start, @Nullable LocalDate end) {}
        Map<Long, Head> heads = new HashMap<>();
        Map<Long, List<PlanVersion>> versions = new HashMap<>();
        Map<Long, List<Pause>> pauses = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    long patientId = rs.getLong(2);
                    long programId = rs.getLong(3);
                    Head head = heads.get(patientId);
                    if (head == null || head.programId() < programId) {
                        heads.put(
                                patientId,
                                new Head(
                                        programId, rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                    }
                    if ("P".equals(rs.getString(1))) {
                        pauses.computeIfAbsent(programId, k -> new ArrayList<>())
                                .add(new Pause(rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class)));
                    } else if (rs.getObject(6) != null) {
                        versions.computeIfAbsent(programId, k -> new ArrayList<>())
                                .add(new PlanVersion(
                                        rs.getObject(6, LocalDate.class),
                                        rs.getTimestamp(7).toInstant(),
                                        rs.getInt(8),
                                        rs.getInt(9),
                                        rs.getInt(10),
                                        Weekdays.fromBits(rs.getInt(11))));
                    }
                },
                args);
        Map<Long, Latest> result = new HashMap<>();
        heads.forEach((patientId, head) -> result.put(
                patientId,
                new Latest(
                        head.programId(),
                        new ProgramSpan(
                                head.start(),
                                head.end(),
                                versions.getOrDefault(head.programId(), List.of()),
                                pauses.getOrDefault(head.programId(), List.of())))));
        return result;
    }
}
