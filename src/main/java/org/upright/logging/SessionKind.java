package org.upright.logging;

/** What a logged session was: a walk on its own, or a stretch session (with its warm-up walk). */
public enum SessionKind {
    WALK("Walk"),
    STRETCH("Stretch session");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
