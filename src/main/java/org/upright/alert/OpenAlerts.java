package org.upright.alert;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.adherence.OpenAlertCounts;
import org.upright.base.InLists;

/** The open (unacknowledged) alerts of many patients, counted by severity in one query per thousand. */
@Component
class OpenAlerts implements OpenAlertCounts {

    private final JdbcTemplate jdbc;

    OpenAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Counts> of(Collection<Long> patientIds) {
        Map<Long, int[]> counts = new HashMap<>();
        List<Long> ids = List.copyOf(patientIds);
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            jdbc.query(
                    "SELECT patient_id, severity, COUNT(*), SUM(rule_code = '" + AlertRule.RED_FLAG.name()
                            + "') FROM alert WHERE acknowledged_at IS NULL AND patient_id IN ("
                            + InLists.placeholders(chunk.size())
                            + ") GROUP BY patient_id, severity",
                    rs -> {
                        int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[4]);
                        int n = rs.getInt(3);
                        c[3] += rs.getInt(4);
                        switch (AlertSeverity.valueOf(rs.getString(2))) {
                            case CRITICAL -> c[0] += n;
                            case HIGH -> c[1] += n;
                            default -> {}
                        }
                        c[2] += n;
                    },
                    chunk.toArray());
        }
        Map<Long, Counts> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, new Counts(c[0], c[1], c[2], c[3])));
        return result;
    }
}
