package org.upright.base;

import java.io.Serializable;

/**
 * Someone else saved the same record first; the user's input is kept and they can retry. The
 * message is a key, translated for the reader by {@link ServiceErrors}.
 */
public class ConflictException extends RuntimeException {

    private final Problem problem;

    public ConflictException(String key, Serializable... args) {
        super(key);
        this.problem = Problem.of(key, args);
    }

    public Problem problem() {
        return problem;
    }
}
