package org.upright.base;

/**
 * The one answer for a record that does not exist and for one the current user may not see,
 * so that a forged id reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    /** The message in the reader's language; the exception's own message stays English for logs. */
    public static final String KEY = "base.error.not-found";

    public NotFoundException() {
        super("Not found or not allowed.");
    }
}
