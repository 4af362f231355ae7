package org.upright.mail;

import java.util.Optional;

/** Looks up accounts at send time; implemented by the security module (which depends on this one). */
public interface Recipients {

    /** The account, or empty when it does not exist (any more). */
    Optional<Recipient> find(long accountId);
}
