package org.upright.program;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InLists;
import org.upright.base.InvalidInputException;
import org.upright.base.MessageBundles;

/**
 * Exercises in the reader's language: the name, instructions and cautions from exercise_translation
 * where the language has a row, else the English of the exercise itself. The built-in exercises come
 * with German and Spanish; a clinic adds a language to its own exercises with {@link #translate}
 * (a service method; there is no editor field for it in the library yet).
 */
@Component
public class ExerciseTranslations {

    /** What a patient reads about an exercise. */
    public record ExerciseText(
            String name, String instructions, @Nullable String cautions) {}

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ExerciseTranslations(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The text of each exercise in the language, by exercise id; English where there is no translation. */
    @Transactional(readOnly = true)
    public Map<Long, ExerciseText> textsOf(Collection<Exercise> exercises, Locale locale) {
        Map<Long, ExerciseText> texts = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            texts.put(e.getId(), new ExerciseText(e.getName(), e.getInstructions(), e.getCautions()));
        }
        String language = locale.getLanguage();
        if (texts.isEmpty() || language.equals("en")) {
            return texts;
        }
        List<Long> ids = List.copyOf(texts.keySet());
        Map<Long, ExerciseText> translated = new HashMap<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = language;
            for (int j = 0; j < chunk.size(); j++) {
                args[j + 1] = chunk.get(j);
            }
            jdbc.query(
                    "SELECT exercise_id, name, instructions, cautions FROM exercise_translation WHERE language = ? "
                            + "AND exercise_id IN (" + InLists.placeholders(chunk.size()) + ")",
                    rs -> {
                        translated.put(
                                rs.getLong(1), new ExerciseText(rs.getString(2), rs.getString(3), rs.getString(4)));
                    },
                    args);
        }
        texts.putAll(translated);
        return texts;
    }

    /**
     * Adds or replaces an exercise's text in one of the app's languages other than English (English
     * is the exercise itself). Audited like any change to the library.
     */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void translate(long exerciseId, Locale locale, String name, String instructions, @Nullable String cautions) {
        String language = locale.getLanguage();
        if (language.equals("en")
                || MessageBundles.LANGUAGES.stream()
                        .noneMatch(l -> l.getLanguage().equals(language))) {
            throw new InvalidInputException("language", "program.error.translation-language");
        }
        if (name.isBlank() || name.length() > 120) {
            throw new InvalidInputException("name", "program.error.translation-name", 120);
        }
        if (instructions.isBlank() || instructions.length() > 4000) {
            throw new InvalidInputException("instructions", "program.error.translation-instructions", 4000);
        }
        String care = cautions == null || cautions.isBlank() ? null : cautions.strip();
        if (care != null && care.length() > 1000) {
            throw new InvalidInputException("cautions", "program.error.translation-cautions", 1000);
        }
        Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM exercise WHERE id = ?", Integer.class, exerciseId);
        if (exists == null || exists == 0) {
            throw new org.upright.base.NotFoundException();
        }
        jdbc.update(
                "INSERT INTO exercise_translation (exercise_id, language, name, instructions, cautions) "
                        + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), "
                        + "instructions = VALUES(instructions), cautions = VALUES(cautions)",
                exerciseId,
                language,
                name.strip(),
                instructions.strip(),
                care);
        audit.record(AuditAction.EXERCISE_SAVED, null, "exercise", exerciseId, "translation=" + language);
    }
}
