package org.upright.patient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * Who belongs to a patient record, for background work that runs as no user (reminders, notices): the
 * patient's own account and their therapist. A data door for services, not for screens.
 */
@Component
public class PatientLinks {

    /** The patient's sign-in account and their therapist's account. */
    public record Links(long patientId, long accountId, long therapistId) {}

    private final JdbcTemplate jdbc;

    PatientLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The links of one patient who is not archived. */
    @Transactional(readOnly = true)
    public Optional<Links> ofActive(long patientId) {
        return ofActive(List.of(patientId)).values().stream().findFirst();
    }

    /** The links of each given patient who is not archived, in id order. */
    @Transactional(readOnly = true)
    public Map<Long, Links> ofActive(Collection<Long> patientIds) {
        List<Long> ids = List.copyOf(patientIds);
        Map<Long, Links> links = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            jdbc.query(
                    "SELECT id, account_id, therapist_id FROM patient WHERE archived_at IS NULL AND id IN ("
                            + InLists.placeholders(chunk.size()) + ") ORDER BY id",
                    rs -> {
                        links.put(rs.getLong(1), new Links(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                    },
                    chunk.toArray());
        }
        return links;
    }
}
