package org.upright.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.WithAccount;
import org.upright.WithAccountFactory;
import org.upright.security.Role;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

@SpringBootTest
@ActiveProfiles("test")
class ChangePasswordViewIT extends SpringBrowserlessTest {

    static final String OLD = TestAccounts.PASSWORD;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private UserAccount me() {
        return accounts.findById(WithAccountFactory.account().getId()).orElseThrow();
    }

    @Test
    @WithAccount(value = Role.PATIENT, mustChangePassword = true)
    void a_user_who_must_change_the_password_is_sent_to_the_form_first() {
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithAccount(value = Role.PATIENT, mustChangePassword = true)
    void a_short_or_common_password_is_refused_at_its_field_and_nothing_changes() {
        navigate(ChangePasswordView.class);
        var fields = $view(com.vaadin.flow.component.textfield.PasswordField.class).all();
        var current = fields.get(0);
        var next = fields.get(1);
        var repeat = fields.get(2);
        var save = $view(com.vaadin.flow.component.button.Button.class).single();
        test(current).setValue(OLD);
        test(next).setValue("short");
        test(repeat).setValue("short");
        test(save).click();
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("at least 12 characters");

        test(next).setValue("password1234");
        test(repeat).setValue("password1234");
        test(save).click();
        assertThat(next.getErrorMessage()).contains("most common passwords");
        assertThat(encoder.matches(OLD, me().getPasswordHash()))
            .isTrue();
    }

    @Test
    @WithAccount(value = Role.PATIENT, mustChangePassword = true)
    void a_good_passphrase_is_saved_and_the_user_goes_on_to_their_page() {
        navigate(ChangePasswordView.class);
        var fields = $view(com.vaadin.flow.component.textfield.PasswordField.class).all();
        var current = fields.get(0);
        var next = fields.get(1);
        var repeat = fields.get(2);
        var save = $view(com.vaadin.flow.component.button.Button.class).single();
        test(current).setValue(OLD);
        test(next).setValue("walking every day helps");
        test(repeat).setValue("walking every day helps");
        test(save).click();
        UserAccount saved = me();
        assertThat(encoder.matches("walking every day helps", saved.getPasswordHash())).isTrue();
        assertThat(saved.isMustChangePassword()).isFalse();
    }

    @Test
    @WithAccount(value = Role.PATIENT, mustChangePassword = true)
    void idle_sessions_are_closed_even_while_the_heartbeat_pings() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
