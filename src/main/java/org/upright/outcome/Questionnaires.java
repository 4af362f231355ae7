package org.upright.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire definitions as stored (V62): every version with its items, options and
 * translations. Definitions hold no patient data; a clinic adds one with rows, not code.
 */
@Component
class Questionnaires {

    private final JdbcTemplate jdbc;

    Questionnaires(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored version, by id. */
    @Transactional(readOnly = true)
    Map<Long, Questionnaire> all() {
        Map<Long, List<QuestionnaireItem>> items = new HashMap<>();
        Map<String, List<AnswerOption>> options = new HashMap<>();
        jdbc.query(
                "SELECT questionnaire_id, item_position, value, text FROM questionnaire_option ORDER BY value", rs -> {
                    options.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new AnswerOption(rs.getInt(3), rs.getString(4)));
                });
        jdbc.query(
                "SELECT questionnaire_id, position, link_id, text, min_value, max_value FROM questionnaire_item"
                        + " ORDER BY questionnaire_id, position",
                rs -> {
                    long id = rs.getLong(1);
                    int position = rs.getInt(2);
                    items.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new QuestionnaireItem(
                                    position,
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    options.getOrDefault(id + ":" + position, List.of())));
                });
        Map<Long, Map<String, Map<String, String>>> texts = new HashMap<>();
        jdbc.query("SELECT questionnaire_id, language, text_key, text FROM questionnaire_text", rs -> {
            texts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                    .put(rs.getString(3), rs.getString(4));
        });
        Map<Long, Questionnaire> result = new HashMap<>();
        jdbc.query("""
                SELECT id, code, version, title, loinc_code, scoring, min_score, max_score, higher_is_better, mcid,
                       max_missing, show_percent, patient_named_items, min_named_items, max_named_items,
                       rates_change, main_measure, scheduled_by_default
                FROM questionnaire""", rs -> {
            long id = rs.getLong(1);
            result.put(
                    id,
                    new Questionnaire(
                            id,
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5),
                            ScoringRule.valueOf(rs.getString(6)),
                            rs.getDouble(7),
                            rs.getDouble(8),
                            rs.getBoolean(9),
                            rs.getObject(10) == null ? null : rs.getDouble(10),
                            rs.getInt(11),
                            rs.getBoolean(12),
                            rs.getBoolean(13),
                            rs.getObject(14) == null ? null : rs.getInt(14),
                            rs.getObject(15) == null ? null : rs.getInt(15),
                            rs.getBoolean(16),
                            rs.getBoolean(17),
                            rs.getBoolean(18),
                            items.getOrDefault(id, List.of()),
                            texts.getOrDefault(id, Map.of())));
        });
        return result;
    }

    /** The highest version of each code, main measure first, then by title. */
    @Transactional(readOnly = true)
    List<Questionnaire> current() {
        Map<String, Questionnaire> latest = new HashMap<>();
        // a code keeps the place its first version was added in
        Map<String, Long> firstId = new HashMap<>();
        for (Questionnaire q : all().values()) {
            latest.merge(q.code(), q, (a, b) -> a.version() >= b.version() ? a : b);
            firstId.merge(q.code(), q.id(), Math::min);
        }
        return latest.values().stream()
                .sorted(Comparator.comparing((Questionnaire q) -> !q.mainMeasure())
                        .thenComparing(q -> firstId.get(q.code())))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<Questionnaire> currentOf(String code) {
        return current().stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
