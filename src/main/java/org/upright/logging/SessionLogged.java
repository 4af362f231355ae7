package org.upright.logging;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that saved, edited or deleted a session log, so that other
 * modules (alerts) react without the logging module knowing them.
 */
public record SessionLogged(
        long patientId,
        long sessionLogId,
        LocalDate localDate,
        @Nullable Integer discomfortAfter) {}
