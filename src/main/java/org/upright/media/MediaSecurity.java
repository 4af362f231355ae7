package org.upright.media;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The clinic's media and the exercise drawings, ahead of the app's own chain (whose Vaadin part refuses
 * every address that is not a view or one of its own files): for media any signed-in session may ask and
 * {@link MediaService} decides who gets what. A request without a session gets 401, not the sign-in page:
 * it comes from an img or video element.
 */
@Configuration(proxyBeanMethods = false)
class MediaSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain mediaSecurityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.securityMatcher("/media/**", "/illustrations/**")
                // the drawings are the project's own artwork, the same for every clinic: no secret in them
                .authorizeHttpRequests(auth -> auth.requestMatchers("/illustrations/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        (request, response, refused) -> response.setStatus(HttpServletResponse.SC_UNAUTHORIZED)))
                // a session ended because its account was disabled ends here too
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions))
                .requestCache(cache -> cache.disable())
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; sandbox")));
        return http.build();
    }
}
