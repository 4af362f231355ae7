package org.upright.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before any password is checked, because its address or the account it names
 * is waiting out a delay. It does not count as a failure, so waiting is all it takes.
 */
public class SignInRefused extends LockedException {

    private final Instant retryAt;

    public SignInRefused(Instant retryAt) {
        super("sign-in refused until " + retryAt);
        this.retryAt = retryAt;
    }

    /** When the next try will be considered. */
    public Instant retryAt() {
        return retryAt;
    }
}
