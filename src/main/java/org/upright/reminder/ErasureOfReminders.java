package org.upright.reminder;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upright.patient.PatientErased;

/** An erased patient gets no more reminders. */
@Component
class ErasureOfReminders {

    private final ReminderQueries settings;

    ErasureOfReminders(ReminderQueries settings) {
        this.settings = settings;
    }

    @EventListener
    void on(PatientErased erased) {
        settings.delete(erased.patientId());
    }
}
