package org.upright.patient;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * The time zones of patients: for the figures and for scheduled jobs that work in each patient's
 * local time and run as no user. A data door for services, not for screens.
 */
@Component
public class PatientZones {

    private final JdbcTemplate jdbc;

    PatientZones(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Zone of each given patient that is not archived, in id order. */
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> ofActive(Collection<Long> patientIds) {
        return zones(patientIds, "archived_at IS NULL AND ");
    }

    /** Zone of each given patient, archived or not, in id order. */
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> of(Collection<Long> patientIds) {
        return zones(patientIds, "");
    }

    private Map<Long, ZoneId> zones(Collection<Long> patientIds, String condition) {
        List<Long> ids = List.copyOf(patientIds);
        Map<Long, ZoneId> zones = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            jdbc.query(
                    "SELECT id, time_zone FROM patient WHERE " + condition + "id IN ("
                            + InLists.placeholders(chunk.size()) + ") ORDER BY id",
                    rs -> {
                        zones.put(rs.getLong(1), ZoneId.of(rs.getString(2)));
                    },
                    chunk.toArray());
        }
        return zones;
    }
}
