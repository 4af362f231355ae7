package org.upright.adherence;

import java.util.Collection;
import java.util.Map;

/**
 * How many alerts of each patient are open, for the caseload's "who needs you today". The alert
 * module implements it (it owns the alerts and depends on the figures), so the caseload counts them
 * without a dependency cycle.
 */
public interface OpenAlertCounts {

    /** Counts of the given patients that have an open alert; the others are left out. */
    Map<Long, Counts> of(Collection<Long> patientIds);

    /** Open alerts of one patient: critical, high, all, and red-flag ones. */
    record Counts(int critical, int high, int all, int redFlags) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }
}
