package org.upright.logging;

/** How soon a "yes" on the safety check needs help, most urgent first (the order screens sort by). */
public enum RedFlagUrgency {
    /** Call the local emergency number now. */
    EMERGENCY_NOW,
    /** Go to an emergency department today. */
    EMERGENCY_DEPARTMENT_TODAY,
    /** Speak with the clinic or a doctor today. */
    CLINICIAN_TODAY,
    /** Speak with the clinic within a day or two, before carrying on. */
    CLINICIAN_SOON;

    public boolean moreUrgentThan(RedFlagUrgency other) {
        return ordinal() < other.ordinal();
    }
}
