package org.upright.outcome;

/** How a questionnaire's answers make its score; each rule's handling of missing items is in {@link Scoring}. */
public enum ScoringRule {
    /** The sum of the items; up to the questionnaire's allowance of missing items, prorated. */
    SUM,
    /** The mean of the answered items, while no more than the allowance are missing. */
    MEAN,
    /** One item, whose answer is the score. */
    SINGLE
}
