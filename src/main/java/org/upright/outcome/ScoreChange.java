package org.upright.outcome;

/** The latest score against the baseline: {@code change} = latest − baseline, and what it means. */
public record ScoreChange(double baseline, double latest, double change, ChangeVerdict verdict) {}
