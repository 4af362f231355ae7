package org.upright.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;

/**
 * Password sign-in with the address throttle and the per-account delay applied where the
 * credentials are checked, so no spelling of the login URL can get around them.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAddresses addresses;
    private final LoginAttempts attempts;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginAddresses addresses,
            LoginAttempts attempts,
            AuditLog audit) {
        super(users);
        setPasswordEncoder(encoder);
        this.addresses = addresses;
        this.attempts = attempts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        Instant addressBlockedUntil = addresses.blockedUntil(address);
        if (addressBlockedUntil != null) {
            if (address != null && addresses.shouldRecordRefusal(address)) {
                audit.recordAnonymous(
                        AuditAction.LOGIN_THROTTLED,
                        null,
                        null,
                        "sign-in refused: too many failures from this address",
                        address);
            }
            throw new AddressRefused(addressBlockedUntil);
        }
        @Nullable Instant accountWaitsUntil = attempts.waitUntil(String.valueOf(authentication.getName()));
        if (accountWaitsUntil != null) {
            throw new SignInRefused(accountWaitsUntil);
        }
        return super.authenticate(authentication);
    }

    /** Refused for the address: not counted again for the address or any account. */
    static final class AddressRefused extends SignInRefused {

        AddressRefused(Instant retryAt) {
            super(retryAt);
        }
    }
}
