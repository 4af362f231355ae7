package org.upright.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.patient.PatientRoster;
import org.upright.security.AccountDirectory;
import org.upright.security.CurrentUser;
import org.upright.security.Role;

/**
 * The caseload's figures, computed set-based: a handful of queries for all patients at once
 * (see {@link FiguresService}), then {@link ProgramFigures} in memory per patient.
 * The 7-day window is the 7 finished days before today (docs/decisions/0007-caseload-window-and-figures.md);
 * today is shown apart, as "today so far".
 */
@Service
public class CaseloadFiguresService {

    public static final int WINDOW_DAYS = 7;
    /** Latest discomfort is looked for this far back. */
    public static final int RECENT_DAYS = 28;

    public static final double LAPSING_BELOW = 0.5;
    public static final int LAPSING_MISSED_DAYS = 3;

    private final PatientRoster roster;
    private final AccountDirectory accounts;
    private final OpenAlertCounts openAlerts;
    private final FiguresService figures;
    private final CurrentUser currentUser;

    CaseloadFiguresService(
            PatientRoster roster,
            AccountDirectory accounts,
            OpenAlertCounts openAlerts,
            FiguresService figures,
            CurrentUser currentUser) {
        this.roster = roster;
        this.accounts = accounts;
        this.openAlerts = openAlerts;
        this.figures = figures;
        this.currentUser = currentUser;
    }

    /** All active patients of the signed-in therapist. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public CaseloadFigures myCaseload() {
        return compute(roster.activeOf(currentUser.require().accountId()));
    }

    /** A page of the signed-in therapist's patients; ids of anyone else's patients are left out. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public CaseloadFigures forPatients(Collection<Long> patientIds) {
        return compute(roster.ofTherapist(currentUser.require().accountId(), patientIds));
    }

    /** One therapist's line of the clinic overview: pooled 7-day adherence over their active patients. */
    public record TherapistFigures(
            long therapistId,
            String therapist,
            int patients,
            int adherent,
            int lapsing,
            @Nullable Double adherence) {}

    /** Clinic-wide adherence per therapist, from the same figures, set-based in chunks of patients. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TherapistFigures> clinicOverview() {
        Map<Long, Long> therapistOf = roster.therapistOfActive();
        Map<Long, String> therapistNames = accounts.withRole(Role.THERAPIST);
        Map<Long, long[]> sums = new HashMap<>(); // credited, due, patients, adherent, lapsing
        Map<Long, FiguresService.PatientFigures> loaded = figures.recent(therapistOf.keySet(), WINDOW_DAYS);
        for (FiguresService.PatientFigures pf : loaded.values()) {
            long[] s = sums.computeIfAbsent(therapistOf.get(pf.patientId()), k -> new long[5]);
            for (DayFigures day : pf.figures().days(DateRange.finishedDaysBefore(pf.today(), WINDOW_DAYS))) {
                s[0] += day.credited();
                s[1] += day.due();
            }
            CaseloadFigures.Row row = row(pf, "", OpenAlertCounts.Counts.NONE);
            s[2]++;
            s[3] += row.adherent() ? 1 : 0;
            s[4] += row.lapsing() ? 1 : 0;
        }
        List<TherapistFigures> result = new ArrayList<>();
        therapistNames.forEach((id, name) -> {
            long[] s = sums.getOrDefault(id, new long[5]);
            result.add(new TherapistFigures(
                    id, name, (int) s[2], (int) s[3], (int) s[4], s[1] == 0 ? null : (double) s[0] / s[1]));
        });
        return result;
    }

    private CaseloadFigures compute(List<PatientRoster.Entry> patients) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, java.time.ZoneId> zones = new LinkedHashMap<>();
        patients.forEach(p -> {
            names.put(p.patientId(), p.fullName());
            zones.put(p.patientId(), p.zone());
        });
        // the 7 finished days and today; the latest rating within RECENT_DAYS comes with the load
        Map<Long, FiguresService.PatientFigures> loaded = figures.recentIn(zones, WINDOW_DAYS + 1);
        Map<Long, OpenAlertCounts.Counts> alerts = openAlerts.of(names.keySet());
        List<CaseloadFigures.Row> rows = new ArrayList<>();
        int adherent = 0;
        int lapsing = 0;
        int rising = 0;
        int[] bands = new int[4];
        for (var entry : names.entrySet()) {
            FiguresService.PatientFigures pf = loaded.get(entry.getKey());
            if (pf == null) {
                continue;
            }
            CaseloadFigures.Row row =
                    row(pf, entry.getValue(), alerts.getOrDefault(entry.getKey(), OpenAlertCounts.Counts.NONE));
            rows.add(row);
            adherent += row.adherent() ? 1 : 0;
            lapsing += row.lapsing() ? 1 : 0;
            rising += row.trend() == Trend.RISING ? 1 : 0;
            bands[band(row.adherence())]++;
        }
        rows.sort(Comparator.comparing(CaseloadFigures.Row::attention)
                .thenComparing(r -> r.adherence() == null ? 2.0 : r.adherence()));
        return new CaseloadFigures(rows.size(), adherent, lapsing, rising, bands, List.copyOf(rows));
    }

    /** Figures of one patient's caseload row, with the patient's open alerts. */
    static CaseloadFigures.Row row(FiguresService.PatientFigures pf, String name, OpenAlertCounts.Counts alerts) {
        LocalDate today = pf.today();
        ProgramFigures f = pf.figures();
        DateRange week = DateRange.finishedDaysBefore(today, WINDOW_DAYS);
        Double adherence = value(f.adherence(week));
        Double consistency = value(f.consistency(week));
        Double latest = null;
        for (LocalDate day = today;
                !day.isBefore(today.minusDays(RECENT_DAYS - 1L)) && latest == null;
                day = day.minusDays(1)) {
            latest = value(f.dayDiscomfort(day));
        }
        Trend trend = f.trend(today);
        int missed = pf.hasProgram() ? f.missedPrescribedDaysInARow(today) : 0;
        boolean lapsing = (adherence != null && adherence < LAPSING_BELOW) || missed >= LAPSING_MISSED_DAYS;
        CaseloadFigures.Attention attention = alerts.redFlags() > 0
                ? CaseloadFigures.Attention.RED_FLAG
                : alerts.critical() > 0
                        ? CaseloadFigures.Attention.CRITICAL_ALERT
                        : alerts.high() > 0
                                ? CaseloadFigures.Attention.HIGH_ALERT
                                : trend == Trend.RISING
                                        ? CaseloadFigures.Attention.RISING_DISCOMFORT
                                        : lapsing ? CaseloadFigures.Attention.LAPSING : CaseloadFigures.Attention.NONE;
        DayFigures todaySoFar = f.days(DateRange.of(today)).get(0);
        return new CaseloadFigures.Row(
                pf.patientId(),
                name,
                adherence,
                consistency,
                pf.lastLog(),
                latest,
                trend,
                missed,
                alerts.all(),
                alerts.critical(),
                alerts.high(),
                lapsing,
                attention,
                todaySoFar.credited(),
                todaySoFar.due());
    }

    static int band(@Nullable Double adherence) {
        if (adherence == null) {
            return 0;
        }
        return adherence < 0.5 ? 1 : adherence < ProgramFigures.ADHERENT ? 2 : 3;
    }

    static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
