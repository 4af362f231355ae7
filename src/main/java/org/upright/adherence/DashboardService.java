package org.upright.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.logging.SessionRecords;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;

/** One patient's dashboard: every figure comes from {@link ProgramFigures}; reading it is audited. */
@Service
public class DashboardService {

    /** The adherence calendar always shows the last 12 weeks, Monday to Sunday. */
    public static final int CALENDAR_WEEKS = 12;

    /**
     * Days read for a fixed period: the longest period (12 weeks) and the calendar, widened to whole
     * weeks, with today. The baseline and the last rated and active days come with them by key.
     */
    static final int WINDOW_DAYS = CALENDAR_WEEKS * 7 + 8;

    static final int NOTES = 10;
    static final int UNCOMFORTABLE = 20;

    private final PatientAccess access;
    private final FiguresService figures;
    private final SessionRecords sessions;
    private final ExerciseLibrary exercises;
    private final AuditLog audit;

    DashboardService(
            PatientAccess access,
            FiguresService figures,
            SessionRecords sessions,
            ExerciseLibrary exercises,
            AuditLog audit) {
        this.access = access;
        this.figures = figures;
        this.sessions = sessions;
        this.exercises = exercises;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PatientDashboardFigures dashboard(long patientId, PatientDashboardFigures.Period period) {
        Patient patient = access.require(patientId);
        FiguresService.PatientFigures pf = period.days() > 0
                ? figures.recentIn(Map.of(patientId, patient.getZone()), WINDOW_DAYS)
                        .get(patientId)
                : null;
        if (pf == null || streakMayGoFurtherBack(pf)) {
            pf = figures.complete(patientId);
        }
        ProgramFigures f = pf.figures();
        LocalDate today = pf.today();
        DateRange range = range(pf, period);

        List<DayFigures> days = f.days(range);
        List<@Nullable Integer> target = new ArrayList<>();
        for (DayFigures day : days) {
            target.add(day.prescribed() == null ? null : day.prescribed().walkMinutes());
        }
        Double baseline = CaseloadFiguresService.value(f.baseline());
        LocalDate calendarStart =
                today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(CALENDAR_WEEKS - 1L);
        List<DayFigures> calendar = f.days(new DateRange(calendarStart, today.plusDays(1)));

        Map<Long, Map<LocalDate, Double>> byExercise =
                sessions.stretchDiscomfort(patientId, range.from(), range.toExclusive());
        List<SessionRecords.Uncomfortable> marked =
                sessions.tooUncomfortable(patientId, range.from(), range.toExclusive(), UNCOMFORTABLE);
        // the library is read only when there is an exercise to name
        Map<Long, Exercise> library = byExercise.isEmpty() && marked.isEmpty() ? Map.of() : exercises.byId();
        Function<Long, String> nameOf =
                id -> library.containsKey(id) ? library.get(id).getName() : "Exercise";
        Map<String, Map<LocalDate, Double>> perStretch = new TreeMap<>();
        byExercise.forEach((exerciseId, byDay) -> perStretch.merge(nameOf.apply(exerciseId), byDay, (a, b) -> {
            Map<LocalDate, Double> both = new TreeMap<>(a);
            both.putAll(b);
            return both;
        }));
        List<PatientDashboardFigures.Uncomfortable> uncomfortable = marked.stream()
                .map(u -> new PatientDashboardFigures.Uncomfortable(u.day(), nameOf.apply(u.exerciseId())))
                .sorted(Comparator.comparing(PatientDashboardFigures.Uncomfortable::date)
                        .reversed()
                        .thenComparing(PatientDashboardFigures.Uncomfortable::exercise))
                .toList();
        List<PatientDashboardFigures.Note> notes = sessions.latestNotes(patientId, NOTES).stream()
                .map(n -> new PatientDashboardFigures.Note(n.day(), n.kind(), n.note()))
                .toList();

        audit.record(AuditAction.DASHBOARD_VIEWED, patientId, "patient", patientId, "period " + period.label());
        return new PatientDashboardFigures(
                patientId,
                patient.getFullName(),
                period,
                today,
                range,
                days,
                target,
                perStretch,
                baseline,
                baseline == null ? null : ProgramFigures.band(baseline),
                CaseloadFiguresService.value(f.sevenDayMean(today)),
                f.trend(today),
                CaseloadFiguresService.value(f.adherence(range)),
                CaseloadFiguresService.value(f.consistency(range)),
                CaseloadFiguresService.value(f.walkingDose(range)),
                calendar,
                f.weeks(range, today),
                f.streak(today),
                notes,
                uncomfortable,
                pf.hasProgram(),
                f.days(DateRange.of(today)).get(0));
    }

    /** A streak that reaches the window's first day may go on before it: then all days are read. */
    private static boolean streakMayGoFurtherBack(FiguresService.PatientFigures pf) {
        int streak = pf.figures().streak(pf.today());
        return streak > 0 && !pf.today().minusDays(streak).isAfter(pf.today().minusDays(WINDOW_DAYS - 1L));
    }

    /**
     * The finished days a period covers, ending yesterday (today is shown apart); "all" starts at the
     * program start or the first activity.
     */
    static DateRange range(FiguresService.PatientFigures pf, PatientDashboardFigures.Period period) {
        LocalDate today = pf.today();
        if (period.days() > 0) {
            return DateRange.finishedDaysBefore(today, period.days());
        }
        LocalDate from = today;
        if (pf.span() != null && pf.span().start().isBefore(from)) {
            from = pf.span().start();
        }
        if (!pf.activity().isEmpty() && pf.activity().get(0).date().isBefore(from)) {
            from = pf.activity().get(0).date();
        }
        return new DateRange(from, today);
    }
}
