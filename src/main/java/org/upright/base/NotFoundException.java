package org.upright.base;

/**
 * The one answer for a record that does not exist and for one the current user may not see,
 * so that a forged id reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found or not allowed.");
    }
}
