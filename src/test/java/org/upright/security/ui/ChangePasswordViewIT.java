package org.upright.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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

    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

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
        PasswordField next = submit(OLD, "short");
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("at least 12 characters");

        next = submit(OLD, "password1234");
        assertThat(next.getErrorMessage()).contains("common or leaked passwords");
        assertThat(encoder.matches(OLD, me().getPasswordHash())).isTrue();
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithAccount(value = Role.PATIENT, mustChangePassword = true)
    void a_good_passphrase_is_saved_and_the_user_goes_on_to_their_page() {
        submit(OLD, "walking every day helps");
        UserAccount saved = me();
        assertThat(encoder.matches("walking every day helps", saved.getPasswordHash()))
                .isTrue();
        assertThat(saved.isMustChangePassword()).isFalse();
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    /** Fills the form as a user would and presses the button; returns the new-password field. */
    private PasswordField submit(String current, String newPassword) {
        if (!(getCurrentView() instanceof ChangePasswordView)) {
            navigate(ChangePasswordView.class);
        }
        List<PasswordField> fields = $view(PasswordField.class).all();
        test(fields.get(0)).setValue(current);
        test(fields.get(1)).setValue(newPassword);
        test(fields.get(2)).setValue(newPassword);
        test($view(Button.class).single()).click();
        return fields.get(1);
    }

    @Test
    @WithAccount(value = Role.PATIENT, mustChangePassword = true)
    void idle_sessions_are_closed_even_while_the_heartbeat_pings() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
