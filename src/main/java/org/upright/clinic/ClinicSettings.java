package org.upright.clinic;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's named settings (clinic_setting): the one door to that table for every module. A
 * module keeps its settings under its own prefix ("clinic.", "alert."); who may change them is
 * the calling service's rule.
 */
@Component
public class ClinicSettings {

    private final JdbcTemplate jdbc;

    ClinicSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every setting whose name starts with the prefix, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> values = new HashMap<>();
        jdbc.query(
                "SELECT name, value FROM clinic_setting WHERE name LIKE ?",
                rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                },
                prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        return values;
    }

    /** Sets one value, adding the row if it is not there yet. */
    @Transactional
    public void put(String name, String value) {
        int updated =
                jdbc.update("UPDATE clinic_setting SET value = ?, version = version + 1 WHERE name = ?", value, name);
        if (updated == 0) {
            jdbc.update("INSERT INTO clinic_setting (name, value) VALUES (?, ?)", name, value);
        }
    }
}
