package org.upright.outcome;

/** A response is a draft while the patient goes (saved as they answer, resumable) until they send it. */
public enum ResponseStatus {
    DRAFT,
    COMPLETED
}
