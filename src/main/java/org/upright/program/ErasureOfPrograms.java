package org.upright.program;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.patient.PatientErased;

/** On erasure, in its transaction: pause reasons and prescription notes of the patient's programs go. */
@Component
class ErasureOfPrograms {

    private final JdbcTemplate jdbc;

    ErasureOfPrograms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientErased erased) {
        jdbc.update("""
            UPDATE program_pause SET reason = NULL
            WHERE program_id IN (SELECT id FROM program WHERE patient_id = ?)""", erased.patientId());
        jdbc.update("""
            UPDATE prescription SET note = NULL
            WHERE program_id IN (SELECT id FROM program WHERE patient_id = ?)""", erased.patientId());
    }
}
