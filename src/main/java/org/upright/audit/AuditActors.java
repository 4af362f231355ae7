package org.upright.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting, as the audit trail names them. Security provides it, so the trail needs not know how
 * people sign in. A patient is named by account id only, never by e-mail, so that erasing a patient
 * never needs to touch the (unchangeable) trail.
 */
public interface AuditActors {

    Optional<Actor> current();

    /** The current e-mail address of each given account, for showing the trail. */
    Map<Long, String> emailsOf(Collection<Long> accountIds);

    /**
     * Patient accounts whose e-mail address contains the text, ignoring case, for filtering the trail
     * (staff are written to it with their address, patients by account id only).
     */
    List<Long> withEmailContaining(String text);

    /** An actor: account id, e-mail for staff (null for a patient) and role name. */
    record Actor(long accountId, @Nullable String email, String role) {}
}
