package org.upright.patient;

/**
 * Which of the therapist's patients to list and in what order.
 *
 * @param nameContains part of the first or last name; blank for everyone
 * @param includeArchived whether archived patients are listed too
 */
public record CaseloadQuery(String nameContains, boolean includeArchived, Sort sort, boolean ascending) {

    public enum Sort {
        NAME,
        PHASE,
        DAY_IN_PROGRAM,
        STATUS,
        LAST_ACTIVITY
    }

    public static CaseloadQuery all() {
        return new CaseloadQuery("", false, Sort.NAME, true);
    }
}
