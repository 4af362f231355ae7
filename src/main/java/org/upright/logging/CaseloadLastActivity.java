package org.upright.logging;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upright.patient.CaseloadFacts;

/** Each patient's last day with a session, for the caseload list. */
@Component
class CaseloadLastActivity implements CaseloadFacts.LastActivity {

    private final DaySummaries days;

    CaseloadLastActivity(DaySummaries days) {
        this.days = days;
    }

    @Override
    public Map<Long, LocalDate> of(Collection<Long> patientIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        days.lastActive(patientIds).forEach((patientId, day) -> last.put(patientId, day.date()));
        return last;
    }
}
