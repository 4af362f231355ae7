package org.upright.security;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;

/**
 * Records every login and failed login, and locks an account for a while after repeated
 * failures so that its password cannot be guessed by trying.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final UserAccountRepository accounts;
    private final LoginAddresses addresses;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, LoginAddresses addresses, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String email = String.valueOf(event.getAuthentication().getName()).trim();
        String address = clientAddress(event.getAuthentication());
        if (addresses.failed(address)) {
            audit.recordAnonymous(
                    AuditAction.LOGIN_THROTTLED,
                    null,
                    null,
                    "address blocked for "
                            + LoginAddresses.BLOCK_TIME.toMinutes() + " minutes after " + LoginAddresses.MAX_FAILURES
                            + " failures",
                    address);
        }
        var account = accounts.findByEmailIgnoreCase(email);
        if (account.isEmpty()) {
            String typed = email.length() <= 254 ? email : email.substring(0, 254);
            audit.recordAnonymous(AuditAction.LOGIN_FAILED, null, typed, "unknown account", address);
            return;
        }
        UserAccount user = account.get();
        user.setFailedLoginCount(user.getFailedLoginCount() + 1);
        String detail = event.getException().getClass().getSimpleName();
        if (user.getFailedLoginCount() >= MAX_FAILURES) {
            user.setLockedUntil(clock.instant().plus(LOCK_TIME));
            user.setFailedLoginCount(0);
            audit.recordAnonymous(
                    AuditAction.LOGIN_THROTTLED,
                    user.getId(),
                    auditEmail(user),
                    "locked for " + LOCK_TIME.toMinutes() + " minutes after " + MAX_FAILURES + " failures",
                    address);
        }
        audit.recordAnonymous(AuditAction.LOGIN_FAILED, user.getId(), auditEmail(user), detail, address);
    }

    // A patient's email is personal data that erasure must remove; the trail keeps their id only.
    private static @Nullable String auditEmail(UserAccount user) {
        return user.getRole() == Role.PATIENT ? null : user.getEmail();
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(user -> {
                user.setFailedLoginCount(0);
                user.setLockedUntil(null);
                user.setLastLoginAt(clock.instant());
            });
            audit.recordAnonymous(
                    AuditAction.LOGIN,
                    principal.accountId(),
                    principal.role() == Role.PATIENT ? null : principal.getUsername(),
                    null,
                    clientAddress(event.getAuthentication()));
        }
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
