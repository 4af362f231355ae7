package org.upright.logging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.patient.PatientErased;

/** On erasure, in its transaction: the notes and tags of the patient's logs and their safety-check answers go. */
@Component
class ErasureOfLogs {

    static final String ERASED_TEXT = "(erased)";

    private final JdbcTemplate jdbc;

    ErasureOfLogs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientErased erased) {
        jdbc.update("UPDATE session_log SET note = NULL, context_tags = NULL WHERE patient_id = ?", erased.patientId());
        // earlier values of edited and deleted sessions (the trail itself holds no free text)
        jdbc.update("DELETE FROM session_log_history WHERE patient_id = ?", erased.patientId());
        jdbc.update("UPDATE red_flag_check SET answers = ? WHERE patient_id = ?", ERASED_TEXT, erased.patientId());
    }
}
