package org.upright.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.upright.base.MessageBundles;
import org.upright.security.SignInRefused;

class LoginMessageTest {

    private final MessageBundles bundles = new MessageBundles();
    private final LoginView.Texts english = (key, params) -> bundles.text(Locale.ENGLISH, key, params);

    @Test
    void a_user_who_must_wait_is_told_for_how_long_and_anyone_else_gets_the_usual_message() {
        assertThat(LoginView.messageFor(new SignInRefused(Instant.now().plusSeconds(150)), english))
                .contains("wait 3 minutes");
        assertThat(LoginView.messageFor(
                        new SignInRefused(Instant.now().plusSeconds(150)),
                        (key, params) -> bundles.text(Locale.GERMAN, key, params)))
                .contains("3 Minuten");
        assertThat(LoginView.messageFor(new SignInRefused(Instant.now().plusSeconds(20)), english))
                .contains("wait 1 minute ");
        assertThat(LoginView.messageFor(new BadCredentialsException("x"), english))
                .isEqualTo(bundles.text(Locale.ENGLISH, LoginView.CHECK_AND_RETRY));
        assertThat(LoginView.messageFor(null, english)).startsWith("Check your email and password");
    }
}
