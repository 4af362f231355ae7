package org.upright.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Scheduled versions a later decision replaced (see V53); they are never in force. */
@Component
class PrescriptionWithdrawals {

    private final JdbcTemplate jdbc;

    PrescriptionWithdrawals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> of(long programId) {
        return new HashSet<>(jdbc.queryForList("""
            SELECT w.prescription_id FROM prescription_withdrawal w
            JOIN prescription p ON p.id = w.prescription_id WHERE p.program_id = ?""", Long.class, programId));
    }

    void withdraw(List<Prescription> versions, long replacedBy, long by, Instant at) {
        for (Prescription version : versions) {
            jdbc.update("""
                INSERT INTO prescription_withdrawal (prescription_id, withdrawn_at, withdrawn_by, replaced_by)
                VALUES (?, ?, ?, ?)""", version.getId(), Timestamp.from(at), by, replacedBy);
        }
    }
}
