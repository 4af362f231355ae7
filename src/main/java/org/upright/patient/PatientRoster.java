package org.upright.patient;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * Who is on whose caseload, set-based, for the figures of caseloads and of the clinic. A data door
 * for services: the caller decides who may ask (a therapist for their own caseload, an admin for
 * the clinic).
 */
@Component
public class PatientRoster {

    private final JdbcTemplate jdbc;

    PatientRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A patient on a caseload, by name. */
    public record Entry(long patientId, String givenName, String familyName, ZoneId zone) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /** The therapist's patients who are not archived, by last name, first name and id. */
    @Transactional(readOnly = true)
    public List<Entry> activeOf(long therapistId) {
        return jdbc.query(
                """
            SELECT id, given_name, family_name, time_zone FROM patient
            WHERE therapist_id = ? AND archived_at IS NULL ORDER BY family_name, given_name, id""",
                (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))),
                therapistId);
    }

    /** Those of the given patients who are the therapist's (archived or not), by last name, first name and id. */
    @Transactional(readOnly = true)
    public List<Entry> ofTherapist(long therapistId, Collection<Long> patientIds) {
        List<Long> ids = List.copyOf(patientIds);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(therapistId);
            entries.addAll(jdbc.query(
                    "SELECT id, given_name, family_name, time_zone FROM patient WHERE id IN ("
                            + InLists.placeholders(chunk.size())
                            + ") AND therapist_id = ?",
                    (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))),
                    args.toArray()));
        }
        entries.sort(java.util.Comparator.comparing(Entry::familyName)
                .thenComparing(Entry::givenName)
                .thenComparingLong(Entry::patientId));
        return entries;
    }

    /** The therapist of every patient who is not archived. */
    @Transactional(readOnly = true)
    public Map<Long, Long> therapistOfActive() {
        Map<Long, Long> therapistOf = new LinkedHashMap<>();
        jdbc.query("SELECT id, therapist_id FROM patient WHERE archived_at IS NULL", rs -> {
            therapistOf.put(rs.getLong(1), rs.getLong(2));
        });
        return therapistOf;
    }
}
