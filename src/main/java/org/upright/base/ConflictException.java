package org.upright.base;

/** Someone else saved the same record first; the user's input is kept and they can retry. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
