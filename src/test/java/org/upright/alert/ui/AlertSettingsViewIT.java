package org.upright.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.WithAccount;
import org.upright.alert.AlertSettings;
import org.upright.alert.AlertThresholds;
import org.upright.security.Role;

/** The admin's alert thresholds form: refused values at their fields, good ones saved. */
@SpringBootTest
@ActiveProfiles("test")
class AlertSettingsViewIT extends SpringBrowserlessTest {

    @Autowired
    AlertSettings settings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    AlertThresholds before;

    @BeforeEach
    void signedInForTheServicesToo() {
        contexts.getContext()
                .setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        before = settings.current();
    }

    @AfterEach
    void backToWhatItWas() {
        contexts.clearContext();
        accounts.as(accounts.create(Role.ADMIN), () -> settings.save(before));
    }

    private IntegerField field(String labelStart) {
        return $view(IntegerField.class)
                .withCondition(f -> f.getLabel() != null && f.getLabel().startsWith(labelStart))
                .single();
    }

    private void save() {
        test($view(Button.class).withText("Save thresholds").single()).click();
    }

    @Test
    @WithAccount(Role.ADMIN)
    void the_form_shows_the_thresholds_in_force() {
        navigate(AlertSettingsView.class);
        assertThat(field("Pain rating that needs attention").getValue()).isEqualTo(before.criticalRating());
        assertThat(field("Days in a row with nothing done").getValue()).isEqualTo(before.missedDays());
        assertThat(field("Share of sessions done").getValue()).isEqualTo(before.lowAdherencePercent());
    }

    @Test
    @WithAccount(Role.ADMIN)
    void each_threshold_is_named_in_plain_words_with_a_one_line_explanation() {
        navigate(AlertSettingsView.class);
        java.util.List<IntegerField> fields = $view(IntegerField.class).all();
        assertThat(fields).hasSize(5);
        for (IntegerField f : fields) {
            String words = f.getLabel() + " " + f.getHelperText();
            assertThat(words.toLowerCase())
                    .as(f.getLabel())
                    .doesNotContain("baseline", "mean", "adherence", "meaningful change", "critical", "!");
            assertThat(f.getHelperText()).as(f.getLabel()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    @WithAccount(Role.ADMIN)
    void an_invalid_or_empty_threshold_is_refused_at_its_field_and_nothing_is_saved() {
        navigate(AlertSettingsView.class);
        IntegerField critical = field("Pain rating that needs attention");
        IntegerField missed = field("Days in a row with nothing done");
        IntegerField percent = field("Worse than usual by (%)");
        // the field limits equal the service's: a value out of range cannot be entered at all
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> test(critical).setValue(11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(critical.getMin()).isEqualTo(1);
        assertThat(critical.getMax()).isEqualTo(10);
        assertThat(missed.getMin()).isEqualTo(1);
        assertThat(missed.getMax()).isEqualTo(30);

        // a field emptied in the browser reaches the server as no value (the tester refuses to type it);
        // the service refuses it, at that field
        critical.setValue(null);
        missed.setValue(null);
        save();

        assertThat(critical.isInvalid()).isTrue();
        assertThat(critical.getErrorMessage()).isEqualTo("Enter a rating from 1 to 10.");
        assertThat(missed.isInvalid()).isTrue();
        assertThat(missed.getErrorMessage()).isEqualTo("Enter 1 to 30 days.");
        assertThat(percent.isInvalid()).isFalse();
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    @WithAccount(Role.ADMIN)
    void valid_thresholds_are_saved_and_read_back_by_the_service() {
        navigate(AlertSettingsView.class);
        int critical = before.criticalRating() == 8 ? 9 : 8;
        int missed = before.missedDays() == 4 ? 5 : 4;
        test(field("Pain rating that needs attention")).setValue(critical);
        test(field("Days in a row with nothing done")).setValue(missed);
        save();

        assertThat(field("Pain rating that needs attention").isInvalid()).isFalse();
        assertThat(settings.current())
                .isEqualTo(new AlertThresholds(
                        critical, before.changePoints(), before.changePercent(), missed, before.lowAdherencePercent()));

        // a fresh visit shows the saved values
        navigate(AlertSettingsView.class);
        assertThat(field("Pain rating that needs attention").getValue()).isEqualTo(critical);
        assertThat(field("Days in a row with nothing done").getValue()).isEqualTo(missed);
    }

    @Test
    @WithAccount(Role.THERAPIST)
    void a_therapist_cannot_open_the_alert_settings() {
        // refused like a page that does not exist
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> navigate(AlertSettingsView.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat($(IntegerField.class).all()).isEmpty();
    }
}
