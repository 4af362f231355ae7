package org.upright.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security holds it: enough to check access without a query. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;
    private final java.time.@Nullable Instant credentialsChangedAt;

    AccountPrincipal(UserAccount account, boolean locked) {
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.passwordHash = account.getPasswordHash();
        this.credentialsChangedAt = account.getCredentialsChangedAt();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    /** The account's credentials_changed_at when this principal was made (at sign-in). */
    java.time.@Nullable Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    // Sessions are looked up by principal (to end a disabled account's sessions): equal by account.
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + ", " + role + "]";
    }
}
