package org.upright.patient;

/** Conditions a therapist records for a patient; exercises that conflict with one are left out. */
public enum Contraindication {
    NECK_INJURY("Neck injury"),
    SHOULDER_INJURY("Shoulder injury"),
    OSTEOPOROSIS("Osteoporosis"),
    RECENT_SURGERY("Recent back or chest surgery");

    private final String label;

    Contraindication(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The message key of its words in the reader's language (the English label is the fallback's text). */
    public String messageKey() {
        return "patient.contraindication." + name();
    }

    /** The contraindication with this code, or empty for a code this version does not know. */
    public static java.util.Optional<Contraindication> of(String code) {
        return java.util.Arrays.stream(values())
                .filter(c -> c.name().equals(code))
                .findFirst();
    }

    public static String labelOf(String code) {
        for (Contraindication c : values()) {
            if (c.name().equals(code)) {
                return c.label;
            }
        }
        return code;
    }
}
