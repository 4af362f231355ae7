package org.upright.security;

public enum Role {
    ADMIN,
    THERAPIST,
    PATIENT;

    /** The authority Spring Security checks, e.g. {@code ROLE_THERAPIST}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String THERAPIST_ROLE = "THERAPIST";
    public static final String PATIENT_ROLE = "PATIENT";
}
