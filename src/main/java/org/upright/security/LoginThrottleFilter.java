package org.upright.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;

/**
 * Refuses sign-in attempts from a blocked client address before any password is checked, and
 * answers exactly as for a wrong password (the same generic message on the login page).
 * Not a bean: Spring Boot would otherwise also register it as a servlet filter.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginAddresses addresses;
    private final AuditLog audit;

    LoginThrottleFilter(LoginAddresses addresses, AuditLog audit) {
        this.addresses = addresses;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if ("POST".equals(request.getMethod()) && isLogin(request) && addresses.isBlocked(address)) {
            if (addresses.shouldRecordRefusal(address)) {
                audit.recordAnonymous(
                        AuditAction.LOGIN_THROTTLED,
                        null,
                        null,
                        "sign-in refused: too many failures from this address",
                        address);
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login");
    }
}
