package org.upright.outcome;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a questionnaire waits for a patient, for the reminders that go out without a signed-in
 * user: a data door that answers yes or no and names nothing, so a message can say only that one waits.
 */
@Component
public class QuestionnairesWaiting {

    private final DueCalendar calendar;

    QuestionnairesWaiting(DueCalendar calendar) {
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public boolean on(long patientId, LocalDate patientsToday) {
        return !calendar.dueOn(patientId, patientsToday).isEmpty();
    }
}
