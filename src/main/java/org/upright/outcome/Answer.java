package org.upright.outcome;

import org.jspecify.annotations.Nullable;

/**
 * One answer of a response: the item's position and link id, the value (null while unanswered) and,
 * for a questionnaire whose activities the patient names, the activity ({@code label}).
 */
public record Answer(
        int position,
        String linkId,
        @Nullable String label,
        @Nullable Integer value) {

    /** The longest activity name a patient can give (the column's size). */
    public static final int LABEL_MAX = 120;
}
