package org.upright.program;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every prescription version a patient ever had, with its program and exercises, and every pause,
 * for the record exports. A data door for services: the caller checks that the patient may be read.
 */
@Component
public class PrescriptionHistory {

    private final JdbcTemplate jdbc;

    PrescriptionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One prescription version with the program it belongs to. */
    public record Version(
            long id,
            long programId,
            String programName,
            String programStatus,
            LocalDate programStart,
            @Nullable LocalDate programEnd,
            LocalDate effectiveFrom,
            Instant savedAt,
            long savedBy,
            int phase,
            @Nullable String phaseName,
            int walksPerDay,
            int minutesPerWalk,
            int stretchSessionsPerDay,
            int warmUpMinutes,
            int weekdayBits,
            @Nullable String note,
            List<Item> exercises,
            boolean withdrawn,
            @Nullable Long replacedBy) {

        public Set<DayOfWeek> weekdays() {
            return Weekdays.fromBits(weekdayBits);
        }

        public boolean live() {
            return !ProgramStatus.ENDED.name().equals(programStatus);
        }
    }

    /** One exercise of a version, with its dose. */
    public record Item(
            String code,
            String name,
            String kind,
            String instructions,
            @Nullable String cautions,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {

        /** The dose in words, for a printed or exported record. */
        public String dose() {
            List<String> parts = new ArrayList<>();
            if (sets != null && sets > 1) {
                parts.add(sets + " sets");
            }
            if (reps != null) {
                parts.add(reps + (reps == 1 ? " time" : " times"));
            }
            if (holdSeconds != null) {
                parts.add("hold " + holdSeconds + " s");
            }
            return parts.isEmpty() ? "as shown" : String.join(", ", parts);
        }
    }

    /** The patient's versions, oldest program first, each program's versions in the order they take effect. */
    @Transactional(readOnly = true)
    public List<Version> of(long patientId) {
        Map<Long, List<Item>> items = new HashMap<>();
        jdbc.query(
                """
            SELECT pe.prescription_id, e.code, e.name, e.kind, e.instructions, e.cautions,
                   pe.hold_seconds, pe.reps, pe.sets
            FROM prescription_exercise pe
            JOIN exercise e ON e.id = pe.exercise_id
            JOIN prescription pr ON pr.id = pe.prescription_id
            JOIN program pg ON pg.id = pr.program_id
            WHERE pg.patient_id = ?
            ORDER BY pe.prescription_id, pe.position""",
                rs -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Item(
                                    rs.getString("code"),
                                    rs.getString("name"),
                                    rs.getString("kind"),
                                    rs.getString("instructions"),
                                    rs.getString("cautions"),
                                    rs.getObject("hold_seconds", Integer.class),
                                    rs.getObject("reps", Integer.class),
                                    rs.getObject("sets", Integer.class)));
                },
                patientId);
        return jdbc.query(
                """
            SELECT pr.id, pr.program_id, t.name AS program_name, pg.status, pg.start_date, pg.end_date,
                   pr.effective_from, pr.saved_at, pr.saved_by, pr.phase, tp.name AS phase_name, pr.walks_per_day,
                   pr.minutes_per_walk, pr.stretch_sessions_per_day, pr.warm_up_minutes, pr.weekdays, pr.note,
                   w.prescription_id IS NOT NULL AS withdrawn, w.replaced_by
            FROM prescription pr
            LEFT JOIN prescription_withdrawal w ON w.prescription_id = pr.id
            JOIN program pg ON pg.id = pr.program_id
            JOIN program_template t ON t.id = pg.template_id
            LEFT JOIN template_phase tp ON tp.template_id = t.id AND tp.phase_number = pr.phase
            WHERE pg.patient_id = ?
            ORDER BY pg.start_date, pr.effective_from, pr.saved_at, pr.id""",
                (rs, row) -> new Version(
                        rs.getLong("id"),
                        rs.getLong("program_id"),
                        rs.getString("program_name"),
                        rs.getString("status"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getTimestamp("saved_at").toInstant(),
                        rs.getLong("saved_by"),
                        rs.getInt("phase"),
                        rs.getString("phase_name"),
                        rs.getInt("walks_per_day"),
                        rs.getInt("minutes_per_walk"),
                        rs.getInt("stretch_sessions_per_day"),
                        rs.getInt("warm_up_minutes"),
                        rs.getInt("weekdays"),
                        rs.getString("note"),
                        List.copyOf(items.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getBoolean("withdrawn"),
                        rs.getObject("replaced_by", Long.class)),
                patientId);
    }

    /** A pause of one of the patient's programs; {@code to} is null while it lasts. */
    public record PauseRecord(
            long programId,
            LocalDate from,
            @Nullable LocalDate to,
            @Nullable String reason) {}

    /** Every pause of every program of the patient, in the order they began. */
    @Transactional(readOnly = true)
    public List<PauseRecord> pauses(long patientId) {
        return jdbc.query(
                """
            SELECT pp.program_id, pp.from_date, pp.to_date, pp.reason
            FROM program_pause pp
            JOIN program pg ON pg.id = pp.program_id
            WHERE pg.patient_id = ?
            ORDER BY pp.from_date, pp.id""",
                (rs, row) -> new PauseRecord(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)),
                patientId);
    }
}
