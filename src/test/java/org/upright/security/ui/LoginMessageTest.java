package org.upright.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.upright.security.SignInRefused;

class LoginMessageTest {

    @Test
    void a_user_who_must_wait_is_told_for_how_long_and_anyone_else_gets_the_usual_message() {
        assertThat(LoginView.messageFor(new SignInRefused(Instant.now().plusSeconds(150))))
                .contains("wait 3 minutes");
        assertThat(LoginView.messageFor(new SignInRefused(Instant.now().plusSeconds(20))))
                .contains("wait 1 minute ");
        assertThat(LoginView.messageFor(new BadCredentialsException("x"))).isEqualTo(LoginView.CHECK_AND_RETRY);
        assertThat(LoginView.messageFor(null)).isEqualTo(LoginView.CHECK_AND_RETRY);
    }
}
