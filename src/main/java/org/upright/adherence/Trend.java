package org.upright.adherence;

/** Direction of the 7-day discomfort mean against the baseline. */
public enum Trend {
    IMPROVING,
    RISING,
    STABLE,
    UNKNOWN
}
