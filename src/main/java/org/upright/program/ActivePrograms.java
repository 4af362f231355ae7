package org.upright.program;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which patients have a running (not paused, not ended) program: for the scheduled jobs of other
 * modules, which run as no user. A data door for services, not for screens.
 */
@Component
public class ActivePrograms {

    private final JdbcTemplate jdbc;

    ActivePrograms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Long> patientIds() {
        return jdbc.queryForList(
                "SELECT patient_id FROM program WHERE live_patient_id IS NOT NULL AND status = 'ACTIVE' ORDER BY patient_id",
                Long.class);
    }
}
