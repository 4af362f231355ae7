package org.upright.patient;

/** Where a patient stands, as the caseload shows it. */
public enum CaseloadStatus {
    NO_PROGRAM("No program"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    ENDED("Ended"),
    ARCHIVED("Archived");

    private final String label;

    CaseloadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
