package org.upright.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins ({@code upright.signin.failed}) from Spring Security's failure events, by
 * reason only: a wrong email or password ({@code bad_credentials}) or anything else, such as a
 * refused (throttled) or disabled account ({@code refused}). Never the account or the address.
 */
@Component
class SignInMetrics {

    static final String FAILED = "upright.signin.failed";

    private final Counter badCredentials;
    private final Counter refused;

    SignInMetrics(MeterRegistry registry) {
        this.badCredentials = failed(registry, "bad_credentials");
        this.refused = failed(registry, "refused");
    }

    private static Counter failed(MeterRegistry registry, String reason) {
        return Counter.builder(FAILED)
                .description("Sign-ins refused")
                .tag("reason", reason)
                .register(registry);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        (event instanceof AuthenticationFailureBadCredentialsEvent ? badCredentials : refused).increment();
    }
}
