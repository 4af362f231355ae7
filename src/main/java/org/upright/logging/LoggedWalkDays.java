package org.upright.logging;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.program.WalkDays;

/** Days with a walk logged (and not deleted), for the program's phase suggestion. */
@Component
class LoggedWalkDays implements WalkDays {

    private final JdbcTemplate jdbc;

    LoggedWalkDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public int walkDaysSince(long patientId, LocalDate since) {
        Integer n = jdbc.queryForObject("""
            SELECT COUNT(DISTINCT local_date) FROM session_log
            WHERE patient_id = ? AND kind = 'WALK' AND deleted_at IS NULL AND local_date >= ?""", Integer.class, patientId, Date.valueOf(since));
        return n == null ? 0 : n;
    }
}
