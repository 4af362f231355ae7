package org.upright.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A login. The sign-in counters (failed_login_count, locked_until, last_login_at) are written by
 * single SQL statements (LoginAttempts, {@link UserAccountRepository#clearFailedSignIns}), never
 * by saving this entity; saves write only the columns they changed, so an admin's edit cannot put
 * back counters that a sign-in changed meanwhile.
 */
@Entity
@Table(name = "user_account")
@DynamicUpdate
public class UserAccount {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_login_count")
    private int failedLoginCount;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the password was last replaced by a link or an admin; older sessions are refused. */
    @Column(name = "credentials_changed_at")
    private @Nullable Instant credentialsChangedAt;
    // a language tag of MessageBundles.LANGUAGES, or null to follow the browser
    @Column(length = 8)
    private @Nullable String language;

    @Version
    private long version;

    protected UserAccount() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.PATIENT;
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public @Nullable Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    void setCredentialsChangedAt(Instant at) {
        this.credentialsChangedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public long getVersion() {
        return version;
    }
}
