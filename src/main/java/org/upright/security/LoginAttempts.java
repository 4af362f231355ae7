package org.upright.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;

/**
 * Records every login and failed login. From the {@link #MAX_FAILURES}th failure in a row an
 * account waits before its next try, longer after each further failure (1, 2, 4, 8, then 15
 * minutes). Tries during the wait are refused without being counted, so nobody can keep an
 * account locked by trying; the right password after the wait resets the count. An address
 * that names no account gets the same treatment in memory (per instance), so the answers never tell which
 * accounts exist.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_UNKNOWN = 100_000;

    private final JdbcTemplate jdbc;
    private final UserAccountRepository accounts;
    private final LoginAddresses addresses;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<String, Unknown> unknown = new ConcurrentHashMap<>();

    private record Unknown(int failures, @Nullable Instant waitUntil) {}

    LoginAttempts(
            JdbcTemplate jdbc,
            UserAccountRepository accounts,
            LoginAddresses addresses,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
    }

    /** The wait after this many failures in a row: none below the limit, then doubling up to the cap. */
    static Duration delayAfter(int failures) {
        if (failures < MAX_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - MAX_FAILURES, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Until when sign-ins naming this email are refused unseen, or null when they are checked. */
    @Nullable
    Instant waitUntil(String email) {
        String key = key(email);
        Instant now = clock.instant();
        var until = jdbc.query(
                "SELECT locked_until FROM user_account WHERE email = ?", (rs, row) -> rs.getTimestamp(1), key);
        Instant lockedUntil;
        if (!until.isEmpty()) {
            lockedUntil = until.get(0) == null ? null : until.get(0).toInstant();
        } else {
            Unknown entry = unknown.get(key);
            lockedUntil = entry == null ? null : entry.waitUntil();
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof ThrottledAuthenticationProvider.AddressRefused) {
            return;
        }
        String email = key(String.valueOf(event.getAuthentication().getName()));
        String address = clientAddress(event.getAuthentication());
        // the address count first and outside the account's transaction (see LoginAddresses)
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
        transactions.executeWithoutResult(status -> countAccountFailure(event, email, address));
    }

    private void countAccountFailure(AbstractAuthenticationFailureEvent event, String email, @Nullable String address) {
        var account = accounts.findByEmailIgnoreCase(email);
        if (account.isEmpty()) {
            countUnknown(email, event.getException() instanceof SignInRefused);
            String typed = email.length() <= 254 ? email : email.substring(0, 254);
            audit.recordAnonymous(AuditAction.LOGIN_FAILED, null, typed, "unknown account", address);
            return;
        }
        UserAccount user = account.get();
        if (event.getException() instanceof SignInRefused) {
            audit.recordAnonymous(AuditAction.LOGIN_FAILED, user.getId(), auditEmail(user), "waiting", address);
            return;
        }
        Instant now = clock.instant();
        // One statement, so concurrent failures of one account neither collide nor get lost; it
        // leaves an account that is waiting alone.
        int counted = jdbc.update(
                """
            UPDATE user_account
            SET locked_until = CASE WHEN failed_login_count + 1 >= ?
                    THEN TIMESTAMPADD(SECOND, LEAST(?, ? << LEAST(failed_login_count + 1 - ?, 10)), ?)
                    ELSE locked_until END,
                failed_login_count = failed_login_count + 1
            WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)""",
                MAX_FAILURES,
                MAX_DELAY.toSeconds(),
                FIRST_DELAY.toSeconds(),
                MAX_FAILURES,
                Timestamp.from(now),
                user.getId(),
                Timestamp.from(now));
        String detail = event.getException().getClass().getSimpleName();
        Integer failures = jdbc.queryForObject(
                "SELECT failed_login_count FROM user_account WHERE id = ?", Integer.class, user.getId());
        if (counted > 0 && failures != null && failures >= MAX_FAILURES) {
            audit.recordAnonymous(
                    AuditAction.LOGIN_THROTTLED,
                    user.getId(),
                    auditEmail(user),
                    "waits " + delayAfter(failures).toMinutes() + " minutes after " + failures + " failures in a row",
                    address);
        }
        audit.recordAnonymous(AuditAction.LOGIN_FAILED, user.getId(), auditEmail(user), detail, address);
    }

    private void countUnknown(String email, boolean refused) {
        if (refused) {
            return;
        }
        if (unknown.size() > MAX_UNKNOWN) {
            unknown.clear();
        }
        Instant now = clock.instant();
        unknown.compute(email, (key, before) -> {
            int failures = before == null ? 1 : before.failures() + 1;
            Duration delay = delayAfter(failures);
            return new Unknown(failures, delay.isZero() ? null : now.plus(delay));
        });
    }

    // A patient's email is personal data that erasure must remove; the trail keeps their id only.
    private static @Nullable String auditEmail(UserAccount user) {
        return user.getRole() == Role.PATIENT ? null : user.getEmail();
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            jdbc.update(
                    "UPDATE user_account SET failed_login_count = 0, locked_until = NULL, last_login_at = ? "
                            + "WHERE id = ?",
                    Timestamp.from(clock.instant()),
                    principal.accountId());
            audit.recordAnonymous(
                    AuditAction.LOGIN,
                    principal.accountId(),
                    principal.role() == Role.PATIENT ? null : principal.getUsername(),
                    null,
                    clientAddress(event.getAuthentication()));
        }
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
