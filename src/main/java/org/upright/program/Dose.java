package org.upright.program;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.upright.base.Problem;

/**
 * How much of an exercise: hold seconds, repetitions and sets, each optional. The limits live here
 * once; services check them and forms take their field bounds from them.
 */
public record Dose(
        @Nullable Integer holdSeconds,
        @Nullable Integer reps,
        @Nullable Integer sets) {

    public static final int MIN = 1;
    public static final int MAX_HOLD_SECONDS = 600;
    public static final int MAX_REPS = 100;
    public static final int MAX_SETS = 20;

    /** Errors of this dose by field, each named {@code prefix + "holdSeconds" | "reps" | "sets"}. */
    public Map<String, Problem> errors(String prefix) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        check(errors, prefix + "holdSeconds", holdSeconds, MAX_HOLD_SECONDS, "program.error.dose.hold-seconds");
        check(errors, prefix + "reps", reps, MAX_REPS, "program.error.dose.reps");
        check(errors, prefix + "sets", sets, MAX_SETS, "program.error.dose.sets");
        return errors;
    }

    public boolean valid() {
        return errors("").isEmpty();
    }

    private static void check(Map<String, Problem> errors, String field, @Nullable Integer value, int max, String key) {
        if (value != null && (value < MIN || value > max)) {
            errors.put(field, Problem.of(key, MIN, max));
        }
    }
}
