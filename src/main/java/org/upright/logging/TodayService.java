package org.upright.logging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.program.DayPlan;
import org.upright.program.ProgramService;
import org.upright.program.ProgramSpan;

/** The patient's Today: the day's plan, what is done, the streak, and stretches to warm up longer for. */
@Service
public class TodayService {

    private static final int STREAK_LOOKBACK_DAYS = 400;

    private final LoggingService logging;
    private final SessionLogRepository logs;
    private final DaySummaries days;
    private final ProgramService programs;
    private final PatientAccess access;
    private final StreakRule streaks;
    private final Clock clock;

    TodayService(
            LoggingService logging,
            SessionLogRepository logs,
            DaySummaries days,
            ProgramService programs,
            PatientAccess access,
            StreakRule streaks,
            Clock clock) {
        this.logging = logging;
        this.logs = logs;
        this.days = days;
        this.programs = programs;
        this.access = access;
        this.streaks = streaks;
        this.clock = clock;
    }

    /** Today's plan, what is done, the streak and stretches to warm up longer for, for the signed-in patient. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public TodayOverview today() {
        Patient patient = access.requireSelf();
        LocalDate today = patient.today(clock);
        ProgramSpan span = programs.span(patient.getId()).orElse(null);
        DayPlan plan =
                span == null ? null : programs.planOn(patient.getId(), today).orElse(null);
        boolean paused = span != null && span.pauses().stream().anyMatch(p -> p.to() == null);
        List<LoggedSession> done = logging.loggedOn(patient, today);
        int streak = streaks.streak(
                span != null ? span : new ProgramSpan(today, null, List.of(), List.of()),
                days.between(patient.getId(), today.minusDays(STREAK_LOOKBACK_DAYS), today.plusDays(1)),
                today);
        return new TodayOverview(
                today, span != null, paused, plan, done, streak, tooUncomfortableLastTime(patient.getId()));
    }

    /** The signed-in patient's local today. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public LocalDate todayForMe() {
        return access.requireSelf().today(clock);
    }

    /** Exercises whose latest stretch-session outcome was "too uncomfortable today". */
    private Set<Long> tooUncomfortableLastTime(long patientId) {
        Set<Long> seen = new HashSet<>();
        Set<Long> tooUncomfortable = new HashSet<>();
        for (SessionLog log : logs.findTop20ByPatientIdAndKindAndDeletedAtIsNullOrderByLocalDateDescLoggedAtDesc(
                patientId, SessionKind.STRETCH)) {
            for (SessionExercise e : log.getExercises()) {
                if (seen.add(e.getExerciseId()) && e.getOutcome() == ExerciseOutcome.TOO_UNCOMFORTABLE) {
                    tooUncomfortable.add(e.getExerciseId());
                }
            }
        }
        return tooUncomfortable;
    }
}
