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

    public static String labelOf(String code) {
        for (Contraindication c : values()) {
            if (c.name().equals(code)) {
                return c.label;
            }
        }
        return code;
    }
}
