package org.upright.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.MessageBundles;
import org.upright.base.Names;
import org.upright.base.NotFoundException;
import org.upright.base.Problem;

/** Accounts: creating them, passwords, enabling and disabling. */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SessionRegistry sessions;
    private final TherapistCaseloads caseloads;
    private final PasswordLinks links;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            SessionRegistry sessions,
            TherapistCaseloads caseloads,
            PasswordLinks links) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.caseloads = caseloads;
        this.links = links;
    }

    /** Therapists and admins, for the admin's Users page (patients are managed by therapists). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> staff() {
        return accounts.findByRoleInOrderByDisplayName(List.of(Role.ADMIN, Role.THERAPIST));
    }

    /** Display names of these accounts, for showing who did what (e.g. who acknowledged an alert). */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(accountIds).forEach(a -> names.put(a.getId(), a.getDisplayName()));
        return names;
    }

    /**
     * A therapist or admin account made by an admin, with a password to hand over once: the one
     * the admin typed, or a generated one when blank. The user must change it at first sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OneTimeCredentials createStaffWithOneTimePassword(
            String email, String displayName, Role role, @Nullable String password) {
        if (role == Role.PATIENT) {
            throw new InvalidInputException("role", "security.error.role.patient");
        }
        String oneTime = password == null || password.isBlank() ? generateOneTimePassword() : password;
        UserAccount account = create(email, displayName, role, oneTime, true);
        // the e-mail lets them choose their own password; the one-time password stays the fallback
        links.invite(account);
        return new OneTimeCredentials(account, oneTime);
    }

    /**
     * Disables or enables a staff account. Disabling ends the account's open sessions at once;
     * {@link CurrentUser#require()} refuses it from then on even within a request under way. A therapist
     * who still has patients is not disabled here: the admin hands them over in the same step
     * ({@code AdminService.disableTherapist}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount setEnabled(long accountId, boolean enabled) {
        UserAccount account = staffAccount(accountId);
        if (account.isEnabled() == enabled) {
            return account;
        }
        if (!enabled && account.getId() == currentUser.require().accountId()) {
            throw new InvalidInputException("enabled", "security.error.disable-self");
        }
        if (!enabled
                && account.getRole() == Role.ADMIN
                && accounts.findByRoleInOrderByDisplayName(List.of(Role.ADMIN)).stream()
                                .filter(UserAccount::isEnabled)
                                .count()
                        <= 1) {
            throw new InvalidInputException("enabled", "security.error.last-admin");
        }
        int patients = !enabled && account.getRole() == Role.THERAPIST ? caseloads.patientsOf(account.getId()) : 0;
        if (patients > 0) {
            throw new InvalidInputException("successor", "security.error.successor", patients);
        }
        account.setEnabled(enabled);
        audit.record(
                enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                null,
                "user_account",
                account.getId(),
                "role=" + account.getRole());
        if (!enabled) {
            endSessionsOf(account);
        }
        return account;
    }

    /** A new one-time password for a staff account, shown once; its open sessions end. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OneTimeCredentials resetPassword(long accountId) {
        UserAccount account = staffAccount(accountId);
        String oneTime = generateOneTimePassword();
        account.setPasswordHash(passwordEncoder.encode(oneTime));
        account.setMustChangePassword(true);
        account.setCredentialsChangedAt(clock.instant());
        accounts.clearFailedSignIns(account.getId());
        audit.record(AuditAction.PASSWORD_RESET, null, "user_account", account.getId(), "role=" + account.getRole());
        endSessionsOf(account);
        return new OneTimeCredentials(account, oneTime);
    }

    /**
     * Disables a patient's login for good and makes its email and name anonymous; for erasure.
     * Not for views: the caller (the admin's erasure service) checks who may do it.
     */
    @Transactional
    public void anonymisePatientAccount(long accountId, String displayName, String email) {
        UserAccount account = accounts.findById(accountId)
                .filter(a -> a.getRole() == Role.PATIENT)
                .orElseThrow(NotFoundException::new);
        account.setEnabled(false);
        account.setDisplayName(displayName);
        account.setEmail(email);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        account.setPasswordHash(passwordEncoder.encode(java.util.HexFormat.of().formatHex(secret)));
        account.setMustChangePassword(false);
        accounts.flush();
        endSessionsOf(account);
    }

    private UserAccount staffAccount(long accountId) {
        return accounts.findById(accountId)
                .filter(a -> a.getRole() != Role.PATIENT)
                .orElseThrow(NotFoundException::new);
    }

    private void endSessionsOf(UserAccount account) {
        endSessionsOf(account, null);
    }

    private void endSessionsOf(UserAccount account, @Nullable String except) {
        endSessions(sessions, account, except);
    }

    /** Ends the account's sessions that this instance holds, but the one named {@code except}. */
    static void endSessions(SessionRegistry sessions, UserAccount account, @Nullable String except) {
        for (SessionInformation session : sessions.getAllSessions(new AccountPrincipal(account, false), false)) {
            if (!session.getSessionId().equals(except)) {
                session.expireNow();
            }
        }
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    /**
     * Ends the wait after failed sign-ins, so the account may try again at once. Not for views: the
     * caller checks who may do it (an admin, or a patient's own therapist through the patient service).
     */
    @Transactional
    public void unlock(long accountId) {
        if (accounts.clearFailedSignIns(accountId) == 0) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.ACCOUNT_UPDATED, null, "user_account", accountId, "unlocked");
    }

    /** Whether the account is waiting after failed sign-ins. */
    @Transactional(readOnly = true)
    public boolean isLocked(long accountId) {
        return accounts.findById(accountId)
                .map(UserAccount::getLockedUntil)
                .filter(until -> until.isAfter(clock.instant()))
                .isPresent();
    }

    /** A therapist or admin account, created by an admin with a password to hand over. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount createStaff(String email, String displayName, Role role, String password) {
        if (role == Role.PATIENT) {
            throw new InvalidInputException("role", "security.error.role.patient");
        }
        return create(email, displayName, role, password, false);
    }

    /**
     * A patient's login, made by the patient service when a therapist creates a patient. Not for
     * views: the patient service checks who may do it.
     */
    @Transactional
    public UserAccount createPatientAccount(String email, String displayName, String oneTimePassword) {
        UserAccount account = create(email, displayName, Role.PATIENT, oneTimePassword, true);
        links.invite(account);
        return account;
    }

    /** The first admin of a fresh install, from the environment; no user is logged in yet. */
    @Transactional
    public UserAccount createFirstAdmin(String email, String displayName, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            throw new IllegalStateException("an admin exists already");
        }
        return create(email, displayName, Role.ADMIN, password, false);
    }

    public Map<String, Problem> validate(String email, String displayName) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        String normalised = email.trim();
        if (normalised.isEmpty()) {
            errors.put("email", Problem.of("security.error.email.empty"));
        } else if (normalised.length() > UserAccount.EMAIL_MAX
                || !EMAIL.matcher(normalised).matches()) {
            errors.put("email", Problem.of("security.error.email.invalid"));
        }
        String name = Names.normalise(displayName);
        if (name.isEmpty()) {
            errors.put("displayName", Problem.of("security.error.name.empty"));
        } else if (name.length() > UserAccount.NAME_MAX) {
            errors.put("displayName", Problem.of("security.error.name.too-long", UserAccount.NAME_MAX));
        } else {
            Names.problem(name).ifPresent(problem -> errors.put("displayName", problem));
        }
        return errors;
    }

    private UserAccount create(String email, String displayName, Role role, String password, boolean mustChange) {
        Map<String, Problem> errors = validate(email, displayName);
        passwordPolicy.problem(password, email, displayName).ifPresent(problem -> errors.put("password", problem));
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (!errors.containsKey("email") && accounts.existsByEmailIgnoreCase(normalised)) {
            errors.put("email", Problem.of("security.error.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = new UserAccount(
                normalised, Names.normalise(displayName), passwordEncoder.encode(password), role, clock.instant());
        account.setMustChangePassword(mustChange);
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_CREATED, null, "user_account", account.getId(), "role=" + role);
        return account;
    }

    /** Everyone changes their own password by proving the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account =
                accounts.findById(currentUser.require().accountId()).orElseThrow(NotFoundException::new);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "security.error.current-password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "security.error.same-password");
        }
        passwordPolicy
                .problem(newPassword, account.getEmail(), account.getDisplayName())
                .ifPresent(problem -> {
                    throw new InvalidInputException(Map.of("newPassword", problem));
                });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        audit.record(AuditAction.PASSWORD_CHANGED, null, "user_account", account.getId(), null);
        // whoever else holds a session of this account (perhaps with the old password) is signed out
        endSessionsOf(account, currentSessionId());
    }

    /**
     * An admin sets an account's password, e.g. for the demo patients; with {@code mustChange}
     * the user has to choose their own at the next sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long accountId, String password, boolean mustChange) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        passwordPolicy
                .problem(password, account.getEmail(), account.getDisplayName())
                .ifPresent(problem -> {
                    throw new InvalidInputException(Map.of("password", problem));
                });
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(mustChange);
        audit.record(AuditAction.PASSWORD_RESET, null, "user_account", account.getId(), "mustChange=" + mustChange);
    }

    /**
     * Gives a demo account the demo's published password, which nobody may choose. Only for the demo
     * data loader, which runs on an empty database; not for views.
     */
    @Transactional
    public void setDemoPassword(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.setPasswordHash(passwordEncoder.encode(PasswordPolicy.DEMO_PASSWORD));
        account.setMustChangePassword(false);
    }

    /** A readable one-time password to hand over in person; the user must change it. */
    public String generateOneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                sb.append('-');
            }
            for (int i = 0; i < 4; i++) {
                sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'THERAPIST')")
    @Transactional(readOnly = true)
    public List<UserAccount> activeTherapists() {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayName(Role.THERAPIST);
    }

    /** The signed-in user's chosen language, or empty to follow the browser (also when signed out). */
    @Transactional(readOnly = true)
    public java.util.Optional<Locale> ownLanguage() {
        return currentUser
                .find()
                .flatMap(p -> accounts.findById(p.accountId()))
                .map(UserAccount::getLanguage)
                .map(Locale::forLanguageTag);
    }

    /** Sets the signed-in user's language; null follows the browser. Only the app's languages are taken. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setOwnLanguage(@Nullable Locale language) {
        if (language != null
                && MessageBundles.LANGUAGES.stream()
                        .noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            throw new InvalidInputException("language", "security.error.language");
        }
        UserAccount account =
                accounts.findById(currentUser.require().accountId()).orElseThrow(NotFoundException::new);
        account.setLanguage(language == null ? null : language.getLanguage());
    }

    public boolean mustChangePassword() {
        return currentUser
                .find()
                .flatMap(p -> accounts.findById(p.accountId()))
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }
}
