package org.upright.admin;

import org.jspecify.annotations.Nullable;

/** A patient as the admin's lists show them: who, and with which therapist. */
public record PatientSummary(
        long id, String name, long therapistId, String therapistName, boolean archived, boolean erased) {

    public String label() {
        return name + " (#" + id + ")" + (archived ? " · archived" : "");
    }

    static @Nullable String nullIfBlank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
