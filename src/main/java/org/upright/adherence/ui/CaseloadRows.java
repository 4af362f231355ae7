package org.upright.adherence.ui;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

final class CaseloadRows {

    private CaseloadRows() {}

    static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
