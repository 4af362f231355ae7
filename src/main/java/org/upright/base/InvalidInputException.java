package org.upright.base;

import java.util.Map;

/** Input a service refuses, with a plain message per field so a form can show it in place. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
