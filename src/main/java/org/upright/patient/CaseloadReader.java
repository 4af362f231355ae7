package org.upright.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.base.LocalDays;

/**
 * The caseload as one query per page: each patient's latest program and latest logged day are
 * joined in sets, never looked up patient by patient.
 */
@Component
class CaseloadReader {

    private static final String FROM = """
        FROM patient p
        LEFT JOIN (SELECT patient_id, MAX(id) AS id FROM program
                   WHERE patient_id IN (SELECT id FROM patient WHERE therapist_id = :therapist)
                   GROUP BY patient_id) lp ON lp.patient_id = p.id
        LEFT JOIN program pr ON pr.id = lp.id
        LEFT JOIN template_phase tp ON tp.template_id = pr.template_id AND tp.phase_number = pr.current_phase
        LEFT JOIN (SELECT patient_id, MAX(local_date) AS last_day FROM session_log
                   WHERE deleted_at IS NULL
                     AND patient_id IN (SELECT id FROM patient WHERE therapist_id = :therapist)
                   GROUP BY patient_id) la ON la.patient_id = p.id
        WHERE p.therapist_id = :therapist
          AND (:archived OR p.archived_at IS NULL)
          AND (:name = '' OR LOWER(CONCAT(p.given_name, ' ', p.family_name)) LIKE :pattern ESCAPE '!')
        """;

    private static final String STATUS = """
        CASE WHEN p.archived_at IS NOT NULL THEN 'ARCHIVED'
             WHEN pr.id IS NULL THEN 'NO_PROGRAM'
             ELSE pr.status END""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CaseloadReader(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int count(long therapistId, CaseloadQuery query) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) " + FROM, params(therapistId, query), Integer.class);
        return count == null ? 0 : count;
    }

    List<CaseloadRow> page(long therapistId, CaseloadQuery query, int offset, int limit) {
        String direction = query.ascending() ? "ASC" : "DESC";
        String reverse = query.ascending() ? "DESC" : "ASC";
        String order = switch (query.sort()) {
            case NAME -> "p.family_name " + direction + ", p.given_name " + direction;
            case PHASE -> "(pr.status IS NULL OR pr.status = 'ENDED'), pr.current_phase " + direction;
            // a later start is a lower day in the program
            case DAY_IN_PROGRAM -> "(pr.status IS NULL OR pr.status = 'ENDED'), pr.start_date " + reverse;
            case STATUS -> "status " + direction;
            case LAST_ACTIVITY -> "(la.last_day IS NULL), la.last_day " + direction;
        };
        MapSqlParameterSource params = params(therapistId, query)
                .addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(0, limit));
        return jdbc.query(
                """
            SELECT p.id, p.given_name, p.family_name, p.time_zone, pr.status AS program_status, pr.current_phase,
                   pr.start_date, tp.name AS phase_name, la.last_day, """ + STATUS + " AS status " + FROM
                        + " ORDER BY " + order + ", p.family_name, p.given_name, p.id LIMIT :limit OFFSET :offset",
                params,
                this::row);
    }

    private CaseloadRow row(ResultSet rs, int rowNum) throws SQLException {
        CaseloadStatus status = CaseloadStatus.valueOf(rs.getString("status"));
        String programStatus = rs.getString("program_status");
        boolean live = programStatus != null && !programStatus.equals("ENDED");
        Integer phase = live ? rs.getInt("current_phase") : null;
        Integer day = null;
        if (live) {
            LocalDate start = rs.getObject("start_date", LocalDate.class);
            long between = ChronoUnit.DAYS.between(start, LocalDays.today(clock, zone(rs.getString("time_zone"))));
            day = between < 0 ? null : (int) between + 1;
        }
        return new CaseloadRow(
                rs.getLong("id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                phase,
                live ? rs.getString("phase_name") : null,
                day,
                status,
                rs.getObject("last_day", LocalDate.class));
    }

    private static ZoneId zone(@Nullable String id) {
        try {
            return id == null ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (DateTimeException ex) {
            return ZoneId.of("UTC");
        }
    }

    private static MapSqlParameterSource params(long therapistId, CaseloadQuery query) {
        String name = query.nameContains().trim().toLowerCase(Locale.ROOT);
        String escaped = name.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return new MapSqlParameterSource()
                .addValue("therapist", therapistId)
                .addValue("archived", query.includeArchived())
                .addValue("name", name)
                .addValue("pattern", "%" + escaped + "%");
    }
}
