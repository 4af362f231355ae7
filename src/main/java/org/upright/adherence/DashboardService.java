package org.upright.adherence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;

/** One patient's dashboard: every figure comes from {@link ProgramFigures}; reading it is audited. */
@Service
public class DashboardService {

    /** The adherence calendar always shows the last 12 weeks, Monday to Sunday. */
    public static final int CALENDAR_WEEKS = 12;

    static final int NOTES = 10;

    private final PatientAccess access;
    private final FiguresService figures;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    DashboardService(PatientAccess access, FiguresService figures, JdbcTemplate jdbc, AuditLog audit) {
        this.access = access;
        this.figures = figures;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PatientDashboardFigures dashboard(long patientId, PatientDashboardFigures.Period period) {
        Patient patient = access.require(patientId);
        FiguresService.PatientFigures pf = figures.complete(patientId);
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

        Object[] args = {patientId, Date.valueOf(range.from()), Date.valueOf(range.toExclusive())};
        Map<String, Map<LocalDate, Double>> perStretch = new LinkedHashMap<>();
        jdbc.query(
                """
            SELECT e.name, l.local_date, AVG(se.discomfort)
            FROM session_exercise se
            JOIN session_log l ON l.id = se.session_log_id
            JOIN exercise e ON e.id = se.exercise_id
            WHERE l.patient_id = ? AND l.local_date >= ? AND l.local_date < ? AND l.deleted_at IS NULL
              AND se.discomfort IS NOT NULL
            GROUP BY e.name, l.local_date ORDER BY e.name, l.local_date""",
                rs -> {
                    perStretch
                            .computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getDate(2).toLocalDate(), rs.getDouble(3));
                },
                args);
        List<PatientDashboardFigures.Uncomfortable> uncomfortable = jdbc.query(
                """
            SELECT l.local_date, e.name
            FROM session_exercise se
            JOIN session_log l ON l.id = se.session_log_id
            JOIN exercise e ON e.id = se.exercise_id
            WHERE l.patient_id = ? AND l.local_date >= ? AND l.local_date < ? AND l.deleted_at IS NULL
              AND se.outcome = 'TOO_UNCOMFORTABLE'
            ORDER BY l.local_date DESC, e.name LIMIT 20""",
                (rs, n) ->
                        new PatientDashboardFigures.Uncomfortable(rs.getDate(1).toLocalDate(), rs.getString(2)),
                args);
        List<PatientDashboardFigures.Note> notes = jdbc.query(
                """
            SELECT local_date, kind, note FROM session_log
            WHERE patient_id = ? AND deleted_at IS NULL AND note IS NOT NULL AND note <> ''
            ORDER BY local_date DESC, logged_at DESC""" + " LIMIT " + NOTES,
                (rs, n) ->
                        new PatientDashboardFigures.Note(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)),
                patientId);

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
