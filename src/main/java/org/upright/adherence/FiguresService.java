package org.upright.adherence;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.LocalDays;
import org.upright.logging.DayActivity;
import org.upright.logging.DaySummaries;
import org.upright.patient.PatientZones;
import org.upright.program.ProgramSpan;
import org.upright.program.ProgramSpans;

/**
 * Loads what {@link ProgramFigures} needs for many patients at once, with a fixed number of
 * set-based queries (no query per patient), each through the module that owns the rows: the
 * patients' time zones (patient), their latest program with its versions and pauses (program), and
 * daily activity (logging). Callers check access before asking: this is the data
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

    private final PatientZones patientZones;
    private final ProgramSpans programSpans;
    private final DaySummaries daySummaries;
    private final Clock clock;

    FiguresService(PatientZones patientZones, ProgramSpans programSpans, DaySummaries daySummaries, Clock clock) {
        this.patientZones = patientZones;
        this.programSpans = programSpans;
        this.daySummaries = daySummaries;
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
        Map<Long, ZoneId> zones = patientZones.of(ids);
        Map<Long, ProgramSpans.Latest> programs = programSpans.latestOf(zones.keySet());
        Map<Long, LocalDate> todays = new HashMap<>();
        LocalDate earliestToday = null;
        for (var zone : zones.entrySet()) {
            LocalDate today = LocalDays.today(clock, zone.getValue());
            todays.put(zone.getKey(), today);
            earliestToday = earliestToday == null || today.isBefore(earliestToday) ? today : earliestToday;
        }

        Map<Long, TreeMap<LocalDate, DayActivity>> activity = new HashMap<>();
        Map<Long, LocalDate> lastLogs = new HashMap<>();
        // the first day of the window; the baseline rows loaded on top may be older and say nothing of the last log
        LocalDate windowStart = LocalDate.MIN;
        if (days < 0) {
            add(activity, daySummaries.all(zones.keySet()));
        } else {
            LocalDate since = earliestToday == null ? LocalDate.now(clock) : earliestToday.minusDays(days - 1L);
            windowStart = since;
            add(activity, daySummaries.since(zones.keySet(), since));
            add(activity, daySummaries.baseline(zones.keySet()));
        }
        // the day of each patient's last log: the latest day with a session in what was loaded, and for a
        // patient with nothing in the window, one short backwards index range each, in one statement
        List<Long> lookBack = new ArrayList<>();
        for (long patientId : zones.keySet()) {
            LocalDate last = lastActive(activity.get(patientId), windowStart);
            if (last != null) {
                lastLogs.put(patientId, last);
            } else if (days >= 0) {
                lookBack.add(patientId);
            }
        }
        daySummaries.lastActive(lookBack).forEach((patientId, day) -> {
            activity.computeIfAbsent(patientId, k -> new TreeMap<>()).put(day.date(), day);
            lastLogs.put(patientId, day.date());
        });
        Map<Long, PatientFigures> result = new LinkedHashMap<>();
        for (var zone : zones.entrySet()) {
            long patientId = zone.getKey();
            ProgramSpans.Latest program = programs.get(patientId);
            ProgramSpan span = program == null ? null : program.span();
            List<DayActivity> loaded = List.copyOf(
                    activity.getOrDefault(patientId, new TreeMap<>()).values());
            ProgramFigures figures = new ProgramFigures(
                    span != null
                            ? span
                            : new ProgramSpan(todays.get(patientId).plusDays(1), null, List.of(), List.of()),
                    loaded);
            result.put(
                    patientId,
                    new PatientFigures(
                            patientId,
                            zone.getValue(),
                            todays.get(patientId),
                            program == null ? null : program.programId(),
                            span,
                            figures,
                            lastLogs.get(patientId),
                            loaded));
        }
        return result;
    }

    private static void add(Map<Long, TreeMap<LocalDate, DayActivity>> activity, Map<Long, List<DayActivity>> rows) {
        rows.forEach((patientId, days) -> {
            TreeMap<LocalDate, DayActivity> byDay = activity.computeIfAbsent(patientId, k -> new TreeMap<>());
            for (DayActivity day : days) {
                byDay.put(day.date(), day);
            }
        });
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
}
