package org.upright.logging;

/** How one exercise of a stretch session went. */
public enum ExerciseOutcome {
    DONE("Done"),
    SKIPPED("Skipped"),
    TOO_UNCOMFORTABLE("Too uncomfortable today");

    private final String label;

    ExerciseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
