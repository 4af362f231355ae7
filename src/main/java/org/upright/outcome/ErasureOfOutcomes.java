package org.upright.outcome;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.patient.PatientErased;

/**
 * On erasure, in its transaction: the activities the patient named in their own words go; the answers'
 * values and scores stay, as the numbers of the session logs do.
 */
@Component
class ErasureOfOutcomes {

    static final String ERASED_TEXT = "(erased)";

    private final JdbcTemplate jdbc;

    ErasureOfOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientErased erased) {
        jdbc.update(
                "UPDATE questionnaire_answer SET label = ? WHERE label IS NOT NULL AND response_id IN"
                        + " (SELECT id FROM questionnaire_response WHERE patient_id = ?)",
                ERASED_TEXT,
                erased.patientId());
    }
}
