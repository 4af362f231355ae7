package org.upright.alert;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.Problem;
import org.upright.clinic.ClinicSettings;
import org.upright.logging.HighRating;

/** The alert thresholds, kept in clinic_setting; an admin may change them. */
@Service
public class AlertSettings implements HighRating {

    static final String CRITICAL = "alert.criticalRating";
    static final String POINTS = "alert.meaningfulChangePoints";
    static final String PERCENT = "alert.meaningfulChangePercent";
    static final String MISSED = "alert.missedDays";
    static final String LOW = "alert.lowAdherencePercent";

    private final ClinicSettings settings;
    private final AuditLog audit;

    AlertSettings(ClinicSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** The critical rating threshold, for the advice a patient gets after a high rating. */
    @Override
    @Transactional(readOnly = true)
    public int threshold() {
        return current().criticalRating();
    }

    /** The thresholds in force; a missing or unreadable row falls back to the default. */
    @Transactional(readOnly = true)
    public AlertThresholds current() {
        Map<String, Integer> values = new HashMap<>();
        settings.withPrefix("alert.").forEach((name, value) -> {
            try {
                values.put(name, Integer.parseInt(value.trim()));
            } catch (NumberFormatException ignored) {
                // an unreadable value keeps the default
            }
        });
        AlertThresholds d = AlertThresholds.DEFAULTS;
        return new AlertThresholds(
                values.getOrDefault(CRITICAL, d.criticalRating()),
                values.getOrDefault(POINTS, d.changePoints()),
                values.getOrDefault(PERCENT, d.changePercent()),
                values.getOrDefault(MISSED, d.missedDays()),
                values.getOrDefault(LOW, d.lowAdherencePercent()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AlertThresholds save(AlertThresholds t) {
        Map<String, Problem> errors = validate(t);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AlertThresholds before = current();
        put(CRITICAL, t.criticalRating());
        put(POINTS, t.changePoints());
        put(PERCENT, t.changePercent());
        put(MISSED, t.missedDays());
        put(LOW, t.lowAdherencePercent());
        audit.record(
                AuditAction.SETTINGS_CHANGED, null, "clinic_setting", null, "alerts before " + before + ", after " + t);
        return t;
    }

    static Map<String, Problem> validate(AlertThresholds t) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        if (t.criticalRating() < 1 || t.criticalRating() > 10) {
            errors.put("criticalRating", Problem.of("alert.error.critical-rating"));
        }
        if (t.changePoints() < 1 || t.changePoints() > 10) {
            errors.put("changePoints", Problem.of("alert.error.change-points"));
        }
        if (t.changePercent() < 5 || t.changePercent() > 100) {
            errors.put("changePercent", Problem.of("alert.error.change-percent"));
        }
        if (t.missedDays() < 1 || t.missedDays() > 30) {
            errors.put("missedDays", Problem.of("alert.error.missed-days"));
        }
        if (t.lowAdherencePercent() < 1 || t.lowAdherencePercent() > 100) {
            errors.put("lowAdherencePercent", Problem.of("alert.error.low-adherence"));
        }
        return errors;
    }

    private void put(String name, int value) {
        settings.put(name, String.valueOf(value));
    }
}
