package org.upright.outcome;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.patient.PatientErased;

/** On erasure, in its transaction: the patient's answers (activity names included), scores, schedules and requests go. */
@Component
class ErasureOfOutcomes {

    private final JdbcTemplate jdbc;

    ErasureOfOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientErased erased) {
        long id = erased.patientId();
        jdbc.update("DELETE FROM questionnaire_response WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM outcome_request WHERE patient_id = ?", id);
        jdbc.update("DELETE FROM outcome_schedule WHERE patient_id = ?", id);
    }
}
