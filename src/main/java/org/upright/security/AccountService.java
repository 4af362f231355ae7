package org.upright.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;

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
    private final SecureRandom random = new SecureRandom();

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A therapist or admin account, created by an admin with a password to hand over. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount createStaff(String email, String displayName, Role role, String password) {
        if (role == Role.PATIENT) {
            throw new InvalidInputException("role", "Patients are created from a therapist's caseload.");
        }
        return create(email, displayName, role, password, false);
    }

    /**
     * A patient's login, made by the patient service when a therapist creates a patient. Not for
     * views: the patient service checks who may do it.
     */
    @Transactional
    public UserAccount createPatientAccount(String email, String displayName, String oneTimePassword) {
        return create(email, displayName, Role.PATIENT, oneTimePassword, true);
    }

    /** The first admin of a fresh install, from the environment; no user is logged in yet. */
    @Transactional
    public UserAccount createFirstAdmin(String email, String displayName, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            throw new IllegalStateException("an admin exists already");
        }
        return create(email, displayName, Role.ADMIN, password, false);
    }

    public Map<String, String> validate(String email, String displayName) {
        Map<String, String> errors = new LinkedHashMap<>();
        String normalised = email.trim();
        if (normalised.isEmpty()) {
            errors.put("email", "Enter an email address.");
        }
        else if (normalised.length() > UserAccount.EMAIL_MAX || !EMAIL.matcher(normalised).matches()) {
            errors.put("email", "Enter a valid email address, such as name@example.org.");
        }
        if (displayName.isBlank()) {
            errors.put("displayName", "Enter a name.");
        }
        else if (displayName.trim().length() > UserAccount.NAME_MAX) {
            errors.put("displayName", "Use at most " + UserAccount.NAME_MAX + " characters.");
        }
        return errors;
    }

    private UserAccount create(String email, String displayName, Role role, String password, boolean mustChange) {
        Map<String, String> errors = validate(email, displayName);
        passwordPolicy.problem(password).ifPresent(problem -> errors.put("password", problem));
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (!errors.containsKey("email") && accounts.existsByEmailIgnoreCase(normalised)) {
            errors.put("email", "An account with this email exists already.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = new UserAccount(normalised, displayName.trim(), passwordEncoder.encode(password), role,
            clock.instant());
        account.setMustChangePassword(mustChange);
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_CREATED, null, "user_account", account.getId(), "role=" + role);
        return account;
    }

    /** Everyone changes their own password by proving the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().accountId()).orElseThrow(NotFoundException::new);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not right.");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        passwordPolicy.problem(newPassword).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        audit.record(AuditAction.PASSWORD_CHANGED, null, "user_account", account.getId(), null);
    }

    /**
     * An admin sets an account's password, e.g. for the demo patients; with {@code mustChange}
     * the user has to choose their own at the next sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long accountId, String password, boolean mustChange) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        passwordPolicy.problem(password).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(mustChange);
        audit.record(AuditAction.PASSWORD_RESET, null, "user_account", account.getId(), "mustChange=" + mustChange);
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

    public boolean mustChangePassword() {
        return currentUser.find()
            .flatMap(p -> accounts.findById(p.accountId()))
            .map(UserAccount::isMustChangePassword)
            .orElse(false);
    }
}
