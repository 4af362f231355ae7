package org.upright.program;

import java.time.LocalDate;

/**
 * On how many days a patient walked since a date, for the suggestion to move on from the walking
 * phase. The logging module knows the walks and provides it; program needs not read its tables.
 */
public interface WalkDays {

    int walkDaysSince(long patientId, LocalDate since);
}
