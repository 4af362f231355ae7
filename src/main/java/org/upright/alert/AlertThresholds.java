package org.upright.alert;

/**
 * The clinic's alert thresholds (PRODUCT.md defaults: 7, 2 points, 30 %, 3 days, 50 %).
 * A rating at or above {@code criticalRating} is critical; a 7-day mean that rises by
 * {@code changePoints} or {@code changePercent} % of the baseline is meaningful; {@code missedDays}
 * prescribed days in a row with nothing done, or a 7-day adherence under {@code lowAdherencePercent} %.
 */
public record AlertThresholds(
        int criticalRating, int changePoints, int changePercent, int missedDays, int lowAdherencePercent) {

    public static final AlertThresholds DEFAULTS = new AlertThresholds(7, 2, 30, 3, 50);
}
