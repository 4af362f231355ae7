package org.upright.adherence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.LocalDays;
import org.upright.program.Pause;
import org.upright.program.PlanVersion;
import org.upright.program.ProgramSpan;
import org.upright.program.Weekdays;

/**
 * Loads what {@link ProgramFigures} needs for many patients at once, with a fixed number of
 * set-based queries (no query per patient): patients and their latest program, its prescription
 * versions and pauses, and daily activity. Callers check access before asking: this is the data
 * layer of the dashboards and the alert rules, not a door for users.
 *
 * <p>For the recent-window load, the activity known is: the last {@code days} days, the first 7
 * days with a rating (the baseline), and the last day with a session (so a run of missed days that
 * began before the window still ends in the right place). The last log is looked for in the window
 * first and only then further back, never among the older baseline days. daily_activity is kept in step with the
 * logs, so its last day with a session is the day of the last log that is not deleted. Figures asked for inside the window,
 * the baseline, the 7-day mean and missed runs are then exact.
 */
@Service
public class FiguresService {

    /** How many ids go into one IN list. */
    public static final int CHUNK = 1000;

    private static final int BASELINE_DAYS = 7;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FiguresService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One patient's figures input: local today in their zone, the latest program (if any) and the activity loaded. */
    public record PatientFigures(
            long patientId,
            ZoneId zone,
            LocalDate today,
            @Nullable Long programId,
            @Nullable ProgramSpan span,
            ProgramFigures figures,
            @Nullable LocalDate lastLog,
            List<DayActivity> activity) {

        public boolean hasProgram() {
            return span != null;
        }
    }

    /** Figures over a recent window of {@code days} days (plus baseline days and the last log day). */
    @Transactional(readOnly = true)
    public Map<Long, PatientFigures> recent(Collection<Long> patientIds, int days) {
        Map<Long, PatientFigures> result = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(patientIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.putAll(load(ids.subList(i, Math.min(ids.size(), i + CHUNK)), days));
        }
        return result;
    }

    /** All of one patient's activity: for the patient's own dashboard and history. */
    @Transactional(readOnly = true)
    public PatientFigures complete(long patientId) {
        return load(List.of(patientId), -1).get(patientId);
    }

    private Map<Long, PatientFigures> load(List<Long> ids, int days) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = placeholders(ids.size());
        Object[] args = ids.toArray();

        record Head(
                long patientId,
                ZoneId zone,
                @Nullable Long programId,
                @Nullable LocalDate start,
                @Nullable LocalDate end) {}
        List<Head> heads = jdbc.query(
                """
            SELECT p.id, p.time_zone, pr.id AS program_id, pr.start_date, pr.end_date
            FROM patient p
            LEFT JOIN program pr ON pr.id = (SELECT MAX(x.id) FROM program x WHERE x.patient_id = p.id)
            WHERE p.id IN (""" + in + ")",
                (rs, n) -> new Head(
                        rs.getLong(1),
                        ZoneId.of(rs.getString(2)),
                        nullableLong(rs, 3),
                        localDate(rs, 4),
                        localDate(rs, 5)),
                args);
        List<Long> programIds = heads.stream()
                .map(Head::programId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, List<PlanVersion>> versions = new HashMap<>();
        Map<Long, List<Pause>> pauses = new HashMap<>();
        if (!programIds.isEmpty()) {
            String programIn = placeholders(programIds.size());
            jdbc.query(
                    """
                SELECT program_id, effective_from, saved_at, walks_per_day, minutes_per_walk,
                       stretch_sessions_per_day, weekdays
                FROM prescription WHERE program_id IN (""" + programIn + """
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
                    programIds.toArray());
            jdbc.query(
                    "SELECT program_id, from_date, to_date FROM program_pause WHERE program_id IN (" + programIn + ")",
                    rs -> {
                        pauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Pause(rs.getDate(2).toLocalDate(), localDate(rs, 3)));
                    },
                    programIds.toArray());
        }
        Map<Long, LocalDate> todays = new HashMap<>();
        LocalDate earliestToday = null;
        for (Head head : heads) {
            LocalDate today = LocalDays.today(clock, head.zone());
            todays.put(head.patientId(), today);
            earliestToday = earliestToday == null || today.isBefore(earliestToday) ? today : earliestToday;
        }

        Map<Long, TreeMap<LocalDate, DayActivity>> activity = new HashMap<>();
        RowToActivity toActivity = rs -> activity.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                .put(
                        rs.getDate(2).toLocalDate(),
                        new DayActivity(
                                rs.getDate(2).toLocalDate(),
                                rs.getInt(3),
                                rs.getInt(4),
                                rs.getInt(5),
                                rs.getInt(6),
                                rs.getInt(7)));
        String columns =
                "patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count";
        Map<Long, LocalDate> lastLogs = new HashMap<>();
        // the first day of the window; the baseline rows loaded on top may be older and say nothing of the last log
        LocalDate windowStart = LocalDate.MIN;
        if (days < 0) {
            jdbc.query(
                    "SELECT " + columns + " FROM daily_activity WHERE patient_id IN (" + in + ")",
                    toActivity::accept,
                    args);
        } else {
            LocalDate since = earliestToday == null ? LocalDate.now(clock) : earliestToday.minusDays(days - 1L);
            windowStart = since;
            Object[] withSince = new Object[args.length + 1];
            System.arraycopy(args, 0, withSince, 0, args.length);
            withSince[args.length] = Date.valueOf(since);
            jdbc.query(
                    "SELECT " + columns + " FROM daily_activity WHERE patient_id IN (" + in + ") AND local_date >= ?",
                    toActivity::accept,
                    withSince);
            // the baseline: each patient's first 7 rated days, one short index range per patient in one statement
            StringBuilder union = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                union.append(i == 0 ? "" : " UNION ALL ")
                        .append("(SELECT ")
                        .append(columns)
                        .append(
                                " FROM daily_activity WHERE patient_id = ? AND discomfort_count > 0 ORDER BY local_date")
                        .append(" LIMIT ")
                        .append(BASELINE_DAYS)
                        .append(')');
            }
            jdbc.query(union.toString(), toActivity::accept, args);
        }
        // the day of each patient's last log: the latest day with a session in what was loaded, and for a
        // patient with nothing in the window, one short backwards index range each, in one statement
        List<Long> lookBack = new ArrayList<>();
        for (Head head : heads) {
            LocalDate last = lastActive(activity.get(head.patientId()), windowStart);
            if (last != null) {
                lastLogs.put(head.patientId(), last);
            } else if (days >= 0) {
                lookBack.add(head.patientId());
            }
        }
        if (!lookBack.isEmpty()) {
            StringBuilder union = new StringBuilder();
            for (int i = 0; i < lookBack.size(); i++) {
                union.append(i == 0 ? "" : " UNION ALL ")
                        .append("(SELECT ")
                        .append(columns)
                        .append(" FROM daily_activity WHERE patient_id = ? AND walks + stretch_sessions > 0")
                        .append(" ORDER BY local_date DESC LIMIT 1)");
            }
            jdbc.query(
                    union.toString(),
                    rs -> {
                        toActivity.accept(rs);
                        lastLogs.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                    },
                    lookBack.toArray());
        }
        Map<Long, PatientFigures> result = new LinkedHashMap<>();
        for (Head head : heads) {
            ProgramSpan span = head.programId() == null || head.start() == null
                    ? null
                    : new ProgramSpan(
                            head.start(),
                            head.end(),
                            versions.getOrDefault(head.programId(), List.of()),
                            pauses.getOrDefault(head.programId(), List.of()));
            List<DayActivity> days1 = List.copyOf(
                    activity.getOrDefault(head.patientId(), new TreeMap<>()).values());
            ProgramFigures figures = new ProgramFigures(
                    span != null
                            ? span
                            : new ProgramSpan(todays.get(head.patientId()).plusDays(1), null, List.of(), List.of()),
                    days1);
            result.put(
                    head.patientId(),
                    new PatientFigures(
                            head.patientId(),
                            head.zone(),
                            todays.get(head.patientId()),
                            head.programId(),
                            span,
                            figures,
                            lastLogs.get(head.patientId()),
                            days1));
        }
        return result;
    }

    /** The latest day on or after {@code since} with a session; older rows loaded for the baseline do not count. */
    private static @Nullable LocalDate lastActive(@Nullable TreeMap<LocalDate, DayActivity> days, LocalDate since) {
        if (days == null) {
            return null;
        }
        for (DayActivity day : days.tailMap(since, true).descendingMap().values()) {
            if (day.walks() + day.stretchSessions() > 0) {
                return day.date();
            }
        }
        return null;
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    @FunctionalInterface
    private interface RowToActivity {
        void accept(ResultSet rs) throws SQLException;
    }
}
