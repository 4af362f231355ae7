package org.upright.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-hardening headers on every reply, Vaadin's own requests ({@code v-r=init},
 * {@code uidl}, heartbeat) included, and never a cacheable copy of those: they carry patient data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ResponseHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
        if (request.getParameter("v-r") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new NoStoreResponse(response));
    }

    /** Keeps Cache-Control at no-store whatever the framework sets later. */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isCaching(name) ? "no-store" : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCaching(name)) {
                super.setHeader(name, "no-store");
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name);
        }
    }
}
