package org.upright.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.base.LocalDays;

/**
 * The caseload a page at a time. The patients come from the patient table; their programs and last
 * active days from the modules that own them ({@link CaseloadFacts}), asked set-based for the page
 * (sorted by name, which the database does) or for the whole caseload when sorted by a fact.
 */
@Component
class CaseloadReader {

    private static final String FROM = """
        FROM patient p
        WHERE p.therapist_id = :therapist
          AND (:archived OR p.archived_at IS NULL)
          AND (:name = '' OR LOWER(CONCAT(p.given_name, ' ', p.family_name)) LIKE :pattern ESCAPE '!')
        """;

    private static final String COLUMNS = "SELECT p.id, p.given_name, p.family_name, p.time_zone, p.archived_at ";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseloadFacts.Programs programs;
    private final CaseloadFacts.LastActivity lastActivity;
    private final Clock clock;

    CaseloadReader(
            NamedParameterJdbcTemplate jdbc,
            CaseloadFacts.Programs programs,
            CaseloadFacts.LastActivity lastActivity,
            Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.lastActivity = lastActivity;
        this.clock = clock;
    }

    int count(long therapistId, CaseloadQuery query) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) " + FROM, params(therapistId, query), Integer.class);
        return count == null ? 0 : count;
    }

    List<CaseloadRow> page(long therapistId, CaseloadQuery query, int offset, int limit) {
        String direction = query.ascending() ? "ASC" : "DESC";
        MapSqlParameterSource params = params(therapistId, query);
        if (query.sort() == CaseloadQuery.Sort.NAME) {
            params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit));
            return rows(jdbc.query(
                    COLUMNS + FROM + " ORDER BY p.family_name " + direction + ", p.given_name " + direction
                            + ", p.id LIMIT :limit OFFSET :offset",
                    params,
                    CaseloadReader::patient));
        }
        List<CaseloadRow> all = rows(jdbc.query(
                COLUMNS + FROM + " ORDER BY p.family_name, p.given_name, p.id", params, CaseloadReader::patient));
        List<CaseloadRow> sorted = new ArrayList<>(all);
        sorted.sort(order(query.sort(), query.ascending()));
        int from = Math.min(sorted.size(), Math.max(0, offset));
        return List.copyOf(sorted.subList(from, Math.min(sorted.size(), from + Math.max(0, limit))));
    }

    /**
     * The order of a fact column; rows without the fact (no live program, nothing logged) come last
     * in either direction, and equal rows stay in name order.
     */
    private static Comparator<CaseloadRow> order(CaseloadQuery.Sort sort, boolean ascending) {
        Comparator<CaseloadRow> byName = Comparator.comparing(CaseloadRow::familyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CaseloadRow::givenName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(CaseloadRow::patientId);
        Comparator<CaseloadRow> fact = switch (sort) {
            case NAME -> byName;
            case PHASE -> lastWhenNull(CaseloadRow::phase, ascending);
            // a higher day is an earlier start
            case DAY_IN_PROGRAM -> lastWhenNull(CaseloadRow::dayInProgram, ascending);
            case STATUS -> lastWhenNull(r -> r.status().name(), ascending);
            case LAST_ACTIVITY -> lastWhenNull(CaseloadRow::lastActivity, ascending);
        };
        return fact.thenComparing(byName);
    }

    private static <T extends Comparable<? super T>> Comparator<CaseloadRow> lastWhenNull(
            java.util.function.Function<CaseloadRow, @Nullable T> key, boolean ascending) {
        Comparator<T> natural = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }

    private record PatientColumns(long id, String givenName, String familyName, ZoneId zone, boolean archived) {}

    private static PatientColumns patient(ResultSet rs, int rowNum) throws SQLException {
        return new PatientColumns(
                rs.getLong("id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                zone(rs.getString("time_zone")),
                rs.getTimestamp("archived_at") != null);
    }

    private List<CaseloadRow> rows(List<PatientColumns> patients) {
        List<Long> ids = patients.stream().map(PatientColumns::id).toList();
        Map<Long, CaseloadFacts.Program> latest = programs.of(ids);
        Map<Long, LocalDate> last = lastActivity.of(ids);
        List<CaseloadRow> rows = new ArrayList<>();
        for (PatientColumns p : patients) {
            CaseloadFacts.Program program = latest.get(p.id());
            boolean live = program != null && program.live();
            Integer day = null;
            if (live) {
                long between = ChronoUnit.DAYS.between(program.start(), LocalDays.today(clock, p.zone()));
                day = between < 0 ? null : (int) between + 1;
            }
            CaseloadStatus status = p.archived()
                    ? CaseloadStatus.ARCHIVED
                    : program == null ? CaseloadStatus.NO_PROGRAM : CaseloadStatus.valueOf(program.status());
            rows.add(new CaseloadRow(
                    p.id(),
                    p.givenName(),
                    p.familyName(),
                    live ? program.phase() : null,
                    live ? program.phaseName() : null,
                    day,
                    status,
                    last.get(p.id())));
        }
        return rows;
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
