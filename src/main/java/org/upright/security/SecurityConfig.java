package org.upright.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.upright.audit.AuditLog;
import org.upright.security.ui.LoginView;

// Services are guarded by @PreAuthorize. @RolesAllowed/@PermitAll sit on views only, where Vaadin's
// navigation access control enforces them; with JSR-250 method security Spring also wrapped every view
// in a proxy, and matching its advisors against each new view's methods took most of a navigation's CPU.
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What the browser may load. Vaadin Flow needs inline scripts and styles and evaluates the
     * JavaScript its server sends ('unsafe-inline', 'unsafe-eval'); everything else comes from
     * this server only, and no other site may frame the app or receive its forms.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil requestUtil)
            throws Exception {
        // Spring Security's defaults stay on: Cache-Control no-store on every response it guards
        // (all of the app's pages and their data), nosniff, frame options, and a new session id at
        // sign-in (session fixation protection).
        http.headers(headers -> headers.httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        // Every session is registered, so that disabling an account can end its open sessions.
        http.sessionManagement(session ->
                session.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // Vaadin's own requests carry Vaadin's CSRF token; everything else, the sign-in form included
        // (the login form sends the token from the page's _csrf meta tags), needs Spring's.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.enableCsrfConfiguration(false).loginView(LoginView.class, "/login"));
        return http.build();
    }

    /**
     * No Micrometer observation around each of Spring Security's filters, authentications and
     * authorizations: they wrapped every request (a fifth of a page round trip's CPU in the load test)
     * and no metric of the app reads them; sign-in outcomes are counted by the app itself.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The only way to sign in: throttled per address and per account where the password is checked. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginAddresses addresses,
            LoginAttempts attempts,
            AuditLog audit) {
        return new ThrottledAuthenticationProvider(users, encoder, addresses, attempts, audit);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep dead sessions. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Delegating encoder: bcrypt today, and hashes stay readable if the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
