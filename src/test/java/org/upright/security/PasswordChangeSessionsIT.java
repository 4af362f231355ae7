package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;

@IntegrationTest
class PasswordChangeSessionsIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    SessionRegistry sessions;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void changing_ones_password_ends_ones_other_sessions_and_keeps_this_one() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        AccountPrincipal principal = accounts.principal(therapist);
        String here = "here-" + System.nanoTime();
        String phone = "phone-" + System.nanoTime();
        sessions.registerNewSession(here, principal);
        sessions.registerNewSession(phone, principal);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, here));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        accounts.as(
                therapist,
                () -> accountService.changeOwnPassword(TestAccounts.PASSWORD, "a quiet lantern over seven hills"));

        assertThat(sessions.getSessionInformation(phone).isExpired())
                .as("the other session")
                .isTrue();
        assertThat(sessions.getSessionInformation(here).isExpired())
                .as("this session")
                .isFalse();
    }
}
