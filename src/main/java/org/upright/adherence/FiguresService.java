package org.upright.adherence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;
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
 * days with a rating (the baseline, as its value), the last day with a session (so a run of missed days that began
 * before the window still ends in the right place) and the last day with a rating (the latest
 * discomfort, however far back). The baseline and the two last days are kept by logging in the same
 * transaction as the logs and read by key. Figures asked for inside the window, the baseline, the
 * latest rating, the 7-day mean and missed runs are then exact.
 */
@Service
public class FiguresService {

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
        return recentIn(patientZones.of(patientIds), days);
    }

    /** As {@link #recent(Collection, int)}, for patients whose time zones the caller has read already. */
    @Transactional(readOnly = true)
    public Map<Long, PatientFigures> recentIn(Map<Long, ZoneId> zones, int days) {
        Map<Long, PatientFigures> result = new LinkedHashMap<>();
        List<Map.Entry<Long, ZoneId>> all = List.copyOf(zones.entrySet());
        for (int i = 0; i < all.size(); i += InLists.CHUNK) {
            Map<Long, ZoneId> chunk = new LinkedHashMap<>();
            all.subList(i, Math.min(all.size(), i + InLists.CHUNK)).forEach(e -> chunk.put(e.getKey(), e.getValue()));
            result.putAll(load(chunk, days));
        }
        return result;
    }

    /** All of one patient's activity: for the patient's own dashboard and history. */
    @Transactional(readOnly = true)
    public PatientFigures complete(long patientId) {
        return load(patientZones.of(List.of(patientId)), -1).get(patientId);
    }

    private Map<Long, PatientFigures> load(Map<Long, ZoneId> zones, int days) {
        if (zones.isEmpty()) {
            return Map.of();
        }
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
        Map<Long, Double> baselines = new HashMap<>();
        if (days < 0) {
            add(activity, daySummaries.all(zones.keySet()));
            activity.forEach((patientId, byDay) -> {
                LocalDate last = lastActive(byDay);
                if (last != null) {
                    lastLogs.put(patientId, last);
                }
            });
        } else {
            LocalDate since = earliestToday == null ? LocalDate.now(clock) : earliestToday.minusDays(days - 1L);
            // the window's days, the baseline, and the last day with a session and the last with a rating
            // (by key): a run of missed days that began before the window ends in the right place, and the
            // latest rating is found further back
            DaySummaries.Anchors anchors = daySummaries.anchors(zones.keySet(), since);
            add(activity, anchors.window());
            baselines.putAll(anchors.baseline());
            anchors.lastRated()
                    .forEach((patientId, day) -> activity.computeIfAbsent(patientId, k -> new TreeMap<>())
                            .put(day.date(), day));
            anchors.lastActive().forEach((patientId, day) -> {
                activity.computeIfAbsent(patientId, k -> new TreeMap<>()).put(day.date(), day);
                lastLogs.put(patientId, day.date());
            });
        }
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
                    loaded,
                    days < 0 ? null : storedBaseline(baselines.get(patientId)));
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

    /** A window's baseline as logging keeps it: none stored means fewer than its days have a rating. */
    private static OptionalDouble storedBaseline(@Nullable Double stored) {
        return stored == null ? OptionalDouble.empty() : OptionalDouble.of(stored);
    }

    private static void add(Map<Long, TreeMap<LocalDate, DayActivity>> activity, Map<Long, List<DayActivity>> rows) {
        rows.forEach((patientId, days) -> {
            TreeMap<LocalDate, DayActivity> byDay = activity.computeIfAbsent(patientId, k -> new TreeMap<>());
            for (DayActivity day : days) {
                byDay.put(day.date(), day);
            }
        });
    }

    /** The latest day with a session. */
    private static @Nullable LocalDate lastActive(TreeMap<LocalDate, DayActivity> days) {
        for (DayActivity day : days.descendingMap().values()) {
            if (day.walks() + day.stretchSessions() > 0) {
                return day.date();
            }
        }
        return null;
    }
}
