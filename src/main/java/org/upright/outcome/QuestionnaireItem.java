package org.upright.outcome;

import java.util.List;

/**
 * One question, answered with a whole number from {@code minValue} to {@code maxValue}. The options
 * name some or all of the values: every value for a list of choices (each item of the disability
 * index), only the ends for a 0–10 scale (the functional scale).
 */
public record QuestionnaireItem(
        int position, String linkId, String text, int minValue, int maxValue, List<AnswerOption> options) {

    public QuestionnaireItem {
        options = List.copyOf(options);
    }

    /** True when each value has its own words, so the answers are shown as a list of choices. */
    public boolean everyValueNamed() {
        return options.size() == maxValue - minValue + 1;
    }

    public boolean accepts(int value) {
        return value >= minValue && value <= maxValue;
    }
}
