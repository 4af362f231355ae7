package org.upright.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses, with a problem per field (a message key and its arguments) so that a
 * form can show it in place, in the reader's language ({@link ServiceErrors}).
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Problem> problems;

    public InvalidInputException(String field, String key, Serializable... args) {
        this(Map.of(field, Problem.of(key, args)));
    }

    public InvalidInputException(Map<String, Problem> problems) {
        super(String.join(" ", problems.values().stream().map(Problem::key).toList()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each field in error with its message key. */
    public Map<String, String> fieldErrors() {
        Map<String, String> keys = new LinkedHashMap<>();
        problems.forEach((field, problem) -> keys.put(field, problem.key()));
        return keys;
    }

    /** Each field in error with its message key and arguments, for translation. */
    public Map<String, Problem> problems() {
        return problems;
    }
}
