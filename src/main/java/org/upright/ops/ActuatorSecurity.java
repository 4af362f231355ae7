package org.upright.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.upright.security.Role;

/**
 * The actuator endpoints, ahead of the app's own security chain: health (and its liveness and readiness
 * groups) answers anyone, with the status only; everything else (metrics, Prometheus) only an admin,
 * signed in with HTTP Basic, so that a scraper can read it. Basic sign-ins go through the same
 * throttled check as the sign-in form, so failures count there too. No session is made or read here.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ActuatorSecurity::unauthorized))
                // the status only: sendError would forward to /error, which the app's chain answers
                // with a redirect to the sign-in page
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ActuatorSecurity::unauthorized)
                        .accessDeniedHandler(
                                (request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only GETs without a session or cookie: nothing to forge
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"upright-actuator\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
