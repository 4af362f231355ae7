package org.upright.outcome;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A questionnaire the patient is asked to answer now, since {@code dueOn}; {@code draftId} if started. */
public record DueQuestionnaire(
        Questionnaire questionnaire,
        Occasion occasion,
        LocalDate dueOn,
        @Nullable Long draftId) {}
