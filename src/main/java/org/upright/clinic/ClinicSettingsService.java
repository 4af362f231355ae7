package org.upright.clinic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.Problem;

/** The clinic's contact details, kept in clinic_setting: anyone signed in reads them, an admin changes them. */
@Service
public class ClinicSettingsService {

    static final String NAME = "clinic.name";
    static final String PHONE = "clinic.phone";
    static final String EMAIL = "clinic.email";
    static final String ADDRESS = "clinic.address";
    static final String EMERGENCY = "clinic.emergencyNumber";

    // digits with the usual separators and an optional leading +; some emergency numbers have two digits (France: 15)
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9][0-9 ()./-]*");
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ClinicSettings settings;
    private final AuditLog audit;

    ClinicSettingsService(ClinicSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** The contact details in force; a missing row reads as empty (the emergency number as 112). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClinicContact current() {
        Map<String, String> values = settings.withPrefix("clinic.");
        return new ClinicContact(
                values.getOrDefault(NAME, ""),
                values.getOrDefault(PHONE, ""),
                values.getOrDefault(EMAIL, ""),
                values.getOrDefault(ADDRESS, ""),
                values.getOrDefault(EMERGENCY, "112"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ClinicContact save(ClinicContact contact) {
        Map<String, Problem> errors = validate(contact);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ClinicContact before = current();
        List<String> changed = new ArrayList<>();
        put(NAME, before.name(), contact.name(), "name", changed);
        put(PHONE, before.phone(), contact.phone(), "phone", changed);
        put(EMAIL, before.email(), contact.email(), "email", changed);
        put(ADDRESS, before.address(), contact.address(), "address", changed);
        put(EMERGENCY, before.emergencyNumber(), contact.emergencyNumber(), "emergencyNumber", changed);
        if (!changed.isEmpty()) {
            audit.record(
                    AuditAction.SETTINGS_CHANGED,
                    null,
                    "clinic_setting",
                    null,
                    "clinic contact changed: " + String.join(", ", changed));
        }
        return contact;
    }

    /** A problem per field; the keys are the record's component names. */
    static Map<String, Problem> validate(ClinicContact c) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        if (c.name().isEmpty()) {
            errors.put("name", Problem.of("clinic.error.name"));
        }
        if (!c.phone().isEmpty() && !isPhoneNumber(c.phone(), 3)) {
            errors.put("phone", Problem.of("clinic.error.phone"));
        }
        if (!c.email().isEmpty() && !EMAIL_FORM.matcher(c.email()).matches()) {
            errors.put("email", Problem.of("clinic.error.email"));
        }
        if (c.emergencyNumber().isEmpty()) {
            errors.put("emergencyNumber", Problem.of("clinic.error.emergency-empty"));
        } else if (!isPhoneNumber(c.emergencyNumber(), 2)) {
            errors.put("emergencyNumber", Problem.of("clinic.error.emergency-digits"));
        }
        tooLong("name", c.name(), errors);
        tooLong("phone", c.phone(), errors);
        tooLong("email", c.email(), errors);
        tooLong("address", c.address(), errors);
        tooLong("emergencyNumber", c.emergencyNumber(), errors);
        return errors;
    }

    private static boolean isPhoneNumber(String text, int minDigits) {
        return PHONE_CHARS.matcher(text).matches()
                && text.chars().filter(Character::isDigit).count() >= minDigits;
    }

    private static void tooLong(String field, String value, Map<String, Problem> errors) {
        if (value.length() > ClinicContact.MAX_LENGTH) {
            errors.put(field, Problem.of("clinic.error.too-long", ClinicContact.MAX_LENGTH));
        }
    }

    private void put(String name, String before, String value, String field, List<String> changed) {
        if (before.equals(value)) {
            return;
        }
        changed.add(field);
        settings.put(name, value);
    }
}
