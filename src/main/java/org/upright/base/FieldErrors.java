package org.upright.base;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way a form shows a service's {@link InvalidInputException} (its messages translated by
 * {@link ServiceErrors#texts}): each message at its field, the first bad field focused, and what
 * belongs to no field handed back for a message on the form. What the user typed stays in the fields.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** Clears earlier errors, shows these, focuses the first field in error; returns the errors with no field. */
    public static Map<String, String> show(Map<String, ? extends HasValidation> fields, Map<String, String> errors) {
        clear(fields);
        Map<String, String> rest = new LinkedHashMap<>();
        boolean focused = false;
        for (Map.Entry<String, ? extends HasValidation> field : fields.entrySet()) {
            String message = errors.get(field.getKey());
            if (message == null) {
                continue;
            }
            field.getValue().setErrorMessage(message);
            field.getValue().setInvalid(true);
            if (!focused && field.getValue() instanceof Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
        errors.forEach((name, message) -> {
            if (!fields.containsKey(name)) {
                rest.put(name, message);
            }
        });
        return rest;
    }

    /** Marks every field valid again, before a new attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Fields are validated by the service, shown through {@link #show}: Vaadin's own checks stay quiet. */
    public static void manual(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setManualValidation(true));
    }
}
