package org.upright.patient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the modules above patient know of the patients on a caseload, asked set-based for a page or
 * a whole caseload: program contributes each patient's latest program, logging their last active
 * day. The caseload list is assembled here without the patient module reading their tables.
 */
public final class CaseloadFacts {

    private CaseloadFacts() {}

    /** Each patient's latest program (live or ended), from the program module. */
    public interface Programs {

        Map<Long, Program> of(Collection<Long> patientIds);
    }

    /** Each patient's last day with a session logged and not deleted, from the logging module. */
    public interface LastActivity {

        Map<Long, LocalDate> of(Collection<Long> patientIds);
    }

    /**
     * A patient's latest program as the caseload shows it.
     *
     * @param status ACTIVE, PAUSED or ENDED
     */
    public record Program(
            String status, int phase, @Nullable String phaseName, LocalDate start) {

        public boolean live() {
            return !"ENDED".equals(status);
        }
    }
}
