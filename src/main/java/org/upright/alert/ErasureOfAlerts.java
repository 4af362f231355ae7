package org.upright.alert;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.patient.PatientErased;

/** On erasure, in its transaction: the text, latest values and acknowledgement notes of the patient's alerts go. */
@Component
class ErasureOfAlerts {

    static final String ERASED_TEXT = "(erased)";

    private final JdbcTemplate jdbc;

    ErasureOfAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientErased erased) {
        jdbc.update("""
            UPDATE alert SET message = ?, last_value = NULL,
                             acknowledgement_note = CASE WHEN acknowledgement_note IS NULL THEN NULL ELSE ? END
            WHERE patient_id = ?""", ERASED_TEXT, ERASED_TEXT, erased.patientId());
    }
}
