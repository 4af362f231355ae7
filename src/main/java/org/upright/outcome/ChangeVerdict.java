package org.upright.outcome;

/** Whether a change from baseline is clinically meaningful, by the instrument's MCID and direction. */
public enum ChangeVerdict {
    IMPROVED,
    WORSENED,
    NO_MEANINGFUL_CHANGE,
    /** The instrument has no MCID (the global rating of change): its answer speaks for itself. */
    NO_MCID
}
