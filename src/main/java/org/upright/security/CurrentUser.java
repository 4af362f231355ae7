package org.upright.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is asking, as services see it. */
@Component
public class CurrentUser {

    private static final String CHECKED_IN_THIS_REQUEST = CurrentUser.class.getName() + ".checked";

    private final SecurityContextHolderStrategy contexts;
    private final JdbcTemplate jdbc;

    // the strategy of this application context, as method security reads it (see SystemActor)
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts, JdbcTemplate jdbc) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.jdbc = jdbc;
    }

    public Optional<AccountPrincipal> find() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /**
     * The signed-in user, whose account is still enabled right now. Disabling an account ends its
     * sessions, and this check (one primary-key read, once per web request) also stops the next
     * request of a session on another server: a disabled account can no longer reach any patient
     * data, since every access check starts here.
     */
    public AccountPrincipal require() {
        AccountPrincipal principal = find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        // once per web request: a page's several service calls within one round trip ask only once
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && Long.valueOf(principal.accountId())
                        .equals(request.getAttribute(CHECKED_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST))) {
            return principal;
        }
        // a password replaced by a link or an admin after this principal signed in ends its session
        // here on every instance, also where the session registry holding it is another server's
        Boolean current = jdbc.query(
                "SELECT enabled, credentials_changed_at FROM user_account WHERE id = ?",
                rs -> {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return Boolean.FALSE;
                    }
                    java.sql.Timestamp changed = rs.getTimestamp(2);
                    java.time.Instant signedInWith = principal.credentialsChangedAt();
                    return changed == null
                            || (signedInWith != null && !changed.toInstant().isAfter(signedInWith));
                },
                principal.accountId());
        if (!Boolean.TRUE.equals(current)) {
            throw new AccessDeniedException("This account is disabled or its password was replaced.");
        }
        if (request != null) {
            request.setAttribute(CHECKED_IN_THIS_REQUEST, principal.accountId(), RequestAttributes.SCOPE_REQUEST);
        }
        return principal;
    }

    public boolean is(Role role) {
        return find().map(p -> p.role() == role).orElse(false);
    }
}
