package org.upright.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.mail.Channel;
import org.upright.mail.Outbox;
import org.upright.mail.OutgoingMessage;

/**
 * Links by e-mail to set a password: an invitation for a new account (valid {@link #INVITATION_VALID})
 * and a reset link (valid {@link #RESET_VALID}); each works once. The link is queued in the outbox and
 * its token made when the message is sent (see {@link LinkMail}); only its hash is stored.
 *
 * <p>Asking for a reset on the sign-in page answers nothing about the address: the caller shows one
 * message whatever happened. It is throttled per client address (the sign-in throttle's table, under a
 * key of its own: {@link LoginAddresses#MAX_FAILURES} requests per {@link LoginAddresses#WINDOW}) and per
 * account ({@link #RESETS_PER_HOUR} links an hour).
 */
@Service
public class PasswordLinks {

    public static final Duration INVITATION_VALID = Duration.ofHours(72);
    public static final Duration RESET_VALID = Duration.ofMinutes(30);
    public static final int RESETS_PER_HOUR = 3;

    static final String INVITATION_KIND = "security.invitation";
    static final String RESET_KIND = "security.reset";
    static final String LINK = "link";

    private final UserAccountRepository accounts;
    private final AccountLinks links;
    private final Outbox outbox;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SessionRegistry sessions;
    private final LoginAddresses addresses;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PasswordLinks(
            UserAccountRepository accounts,
            AccountLinks links,
            Outbox outbox,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SessionRegistry sessions,
            LoginAddresses addresses,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Queues the invitation of a new account, in the caller's transaction (AccountService). */
    void invite(UserAccount account) {
        queue(account, AccountLinks.Purpose.INVITATION, INVITATION_KIND);
        audit.record(AuditAction.ACCOUNT_INVITED, null, "user_account", account.getId(), "role=" + account.getRole());
    }

    /**
     * "Forgot your password?": queues a reset link when the address belongs to an enabled account and
     * neither the client address nor the account asked too often; otherwise does nothing. Answers
     * nothing either way. Runs outside any transaction (the throttle's counts commit at once).
     */
    public void requestReset(String email, @Nullable String clientAddress) {
        String throttleKey = "password-reset " + (clientAddress == null ? "unknown" : clientAddress);
        if (addresses.isBlocked(throttleKey)) {
            return;
        }
        addresses.failed(throttleKey);
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > UserAccount.EMAIL_MAX) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Optional<UserAccount> account =
                    accounts.findByEmailIgnoreCase(normalised).filter(UserAccount::isEnabled);
            if (account.isEmpty()
                    || links.requestedSince(
                                    account.get().getId(),
                                    AccountLinks.Purpose.RESET,
                                    clock.instant().minus(Duration.ofHours(1)))
                            >= RESETS_PER_HOUR) {
                return;
            }
            queue(account.get(), AccountLinks.Purpose.RESET, RESET_KIND);
            audit.recordAnonymous(
                    AuditAction.PASSWORD_RESET_LINK_SENT,
                    account.get().getId(),
                    account.get().getEmail(),
                    "asked for on the sign-in page",
                    clientAddress);
        });
    }

    /** An admin sends a reset link to any account. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void sendResetLinkAsAdmin(long accountId) {
        sendResetLink(accountId, null);
    }

    /**
     * Sends a reset link to an account on behalf of staff. Not for views: the caller checks that this
     * user may (a patient's own therapist, through the patient service).
     */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void sendResetLink(long accountId, @Nullable Long patientId) {
        UserAccount account =
                accounts.findById(accountId).filter(UserAccount::isEnabled).orElseThrow(NotFoundException::new);
        queue(account, AccountLinks.Purpose.RESET, RESET_KIND);
        audit.record(AuditAction.PASSWORD_RESET_LINK_SENT, patientId, "user_account", accountId, "sent by staff");
    }

    /** What a link is for: an invitation or a reset; empty when it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<LinkPurpose> check(String token) {
        return usable(token, false).map(l -> LinkPurpose.valueOf(l.purpose().name()));
    }

    /** What a password link opens. */
    public enum LinkPurpose {
        INVITATION,
        RESET
    }

    /**
     * Sets the account's password through a link, which is then used up (with every other open link of
     * the account). Every session of the account ends, on this instance at once and on any other at its
     * next request ({@link CurrentUser#require()}). A link that is unknown, used or expired is refused
     * under the field "token"; a password the policy refuses under "password".
     */
    @Transactional
    public void choosePassword(String token, String newPassword) {
        AccountLinks.Link link = usable(token, true)
                .orElseThrow(() -> new InvalidInputException("token", "security.error.link-invalid"));
        UserAccount account = accounts.findById(link.accountId())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new InvalidInputException("token", "security.error.link-invalid"));
        passwordPolicy
                .problem(newPassword, account.getEmail(), account.getDisplayName())
                .ifPresent(problem -> {
                    throw new InvalidInputException(Map.of("password", problem));
                });
        Instant now = clock.instant();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        account.setCredentialsChangedAt(now);
        accounts.clearFailedSignIns(account.getId());
        links.useAll(account.getId(), now);
        audit.recordAnonymous(
                AuditAction.PASSWORD_SET_BY_LINK,
                account.getId(),
                account.getEmail(),
                link.purpose() == AccountLinks.Purpose.INVITATION ? "invitation" : "reset link",
                null);
        AccountService.endSessions(sessions, account, null);
    }

    private Optional<AccountLinks.Link> usable(String token, boolean lock) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.find(token, lock)
                .filter(l -> l.usedAt() == null
                        && l.expiresAt() != null
                        && l.expiresAt().isAfter(now));
    }

    private void queue(UserAccount account, AccountLinks.Purpose purpose, String kind) {
        long link = links.request(account.getId(), purpose, clock.instant());
        outbox.enqueue(new OutgoingMessage(
                account.getId(),
                Channel.EMAIL,
                kind,
                "link-" + link,
                Map.of(LINK, Long.toString(link)),
                clock.instant()));
    }
}
