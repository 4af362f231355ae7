package org.upright.program;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;
import org.upright.patient.CaseloadFacts;

/** Each patient's latest program with its phase's name, for the caseload list. */
@Component
class CaseloadPrograms implements CaseloadFacts.Programs {

    private final JdbcTemplate jdbc;

    CaseloadPrograms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CaseloadFacts.Program> of(Collection<Long> patientIds) {
        List<Long> ids = List.copyOf(patientIds);
        Map<Long, CaseloadFacts.Program> programs = new HashMap<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            jdbc.query(
                    """
                SELECT pr.patient_id, pr.status, pr.current_phase, tp.name, pr.start_date
                FROM program pr
                JOIN (SELECT MAX(id) AS id FROM program WHERE patient_id IN (""" + InLists.placeholders(chunk.size()) + """
                ) GROUP BY patient_id) latest ON latest.id = pr.id
                LEFT JOIN template_phase tp ON tp.template_id = pr.template_id AND tp.phase_number = pr.current_phase""",
                    rs -> {
                        programs.put(
                                rs.getLong(1),
                                new CaseloadFacts.Program(
                                        rs.getString(2),
                                        rs.getInt(3),
                                        rs.getString(4),
                                        rs.getObject(5, LocalDate.class)));
                    },
                    chunk.toArray());
        }
        return programs;
    }
}
