package org.upright.program;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pause of a program: {@code from} is not prescribed, {@code to} (the day it was resumed) is
 * prescribed again; {@code to} is null while the program is still paused.
 */
public record Pause(LocalDate from, @Nullable LocalDate to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("pause resumed before it began");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
