package org.upright.logging;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * The after-session ratings of live logs, for the alert rules. A data door for other services, which
 * check access first (or run as the system); no screen uses it.
 */
@Component
public class SessionRatings {

    private final JdbcTemplate jdbc;

    SessionRatings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One rated session. */
    public record Rated(long sessionLogId, long patientId, LocalDate date, int rating) {}

    /** The log's after-session rating, or empty when it has none or was deleted. */
    @Transactional(readOnly = true)
    public Optional<Integer> ratingAfter(long sessionLogId) {
        return jdbc.queryForList("""
            SELECT discomfort_after FROM session_log
            WHERE id = ? AND deleted_at IS NULL AND discomfort_after IS NOT NULL""", Integer.class, sessionLogId).stream().findFirst();
    }

    /** Live sessions of these patients dated on or after {@code since} with an after-session rating of at least {@code min}. */
    @Transactional(readOnly = true)
    public List<Rated> ratedAtLeast(Collection<Long> patientIds, LocalDate since, int min) {
        List<Long> ids = List.copyOf(patientIds);
        List<Rated> rated = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(Date.valueOf(since));
            args.add(min);
            rated.addAll(jdbc.query(
                    "SELECT id, patient_id, local_date, discomfort_after FROM session_log WHERE patient_id IN ("
                            + InLists.placeholders(chunk.size())
                            + ") AND local_date >= ? AND deleted_at IS NULL AND discomfort_after >= ? ORDER BY id",
                    (rs, n) -> new Rated(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4)),
                    args.toArray()));
        }
        return rated;
    }
}
