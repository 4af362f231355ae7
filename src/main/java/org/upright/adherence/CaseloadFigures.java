package org.upright.adherence;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A therapist's caseload at a glance: headline counts and one row per patient, "who needs me today" first. */
public record CaseloadFigures(
        int patients, int adherent, int lapsing, int risingDiscomfort, int[] adherenceBands, List<Row> rows) {

    /** Labels of {@link #adherenceBands()}: no adherence yet, under 50 %, 50–79 %, 80 % and more. */
    public static final List<String> BAND_LABELS = List.of("No figure yet", "Under 50 %", "50–79 %", "80 % or more");

    /** Why a patient comes first: an open red flag, other critical alerts, high, rising discomfort, lapsing, the rest. */
    public enum Attention {
        RED_FLAG,
        CRITICAL_ALERT,
        HIGH_ALERT,
        RISING_DISCOMFORT,
        LAPSING,
        NONE
    }

    /**
     * One patient. Adherence and consistency are over the 7 finished days before today (yesterday and
     * the 6 days before, in the patient's zone); null where nothing was prescribed. Today is apart:
     * {@code todayDone} of {@code todayDue} sessions so far. Latest discomfort is the day's discomfort
     * of the latest rated day in the last 28 days (today included).
     */
    public record Row(
            long patientId,
            String name,
            @Nullable Double adherence,
            @Nullable Double consistency,
            @Nullable LocalDate lastLog,
            @Nullable Double latestDiscomfort,
            Trend trend,
            int missedInARow,
            int openAlerts,
            int openCritical,
            int openHigh,
            boolean lapsing,
            Attention attention,
            int todayDone,
            int todayDue) {

        public boolean adherent() {
            return adherence != null && adherence >= ProgramFigures.ADHERENT;
        }
    }
}
