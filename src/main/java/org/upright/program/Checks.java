package org.upright.program;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.upright.base.Problem;

/** Small field checks and naming rules shared by the program module's services. */
final class Checks {

    private Checks() {}

    /** A number outside min..max gets the message {@code key}, which takes min and max as arguments. */
    static void range(Map<String, Problem> errors, String field, int value, int min, int max, String key) {
        if (value < min || value > max) {
            errors.put(field, Problem.of(key, min, max));
        }
    }

    static void optionalRange(
            Map<String, Problem> errors, String field, @Nullable Integer value, int min, int max, String key) {
        if (value != null) {
            range(errors, field, value, min, max, key);
        }
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Codes are for machines (FHIR, imports): upper-case letters from the name, unique with a number if needed. */
    static String uniqueCode(String name, Predicate<String> taken) {
        String base = "C_"
                + name.trim()
                        .toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]+", "_")
                        .replaceAll("^_+|_+$", "");
        base = base.length() > 34 ? base.substring(0, 34) : base;
        String code = base;
        for (int n = 2; taken.test(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
