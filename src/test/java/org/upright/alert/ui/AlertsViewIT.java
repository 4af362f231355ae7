package org.upright.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.WithAccount;
import org.upright.WithAccountFactory;
import org.upright.alert.AlertEntry;
import org.upright.alert.AlertRule;
import org.upright.alert.Alerts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The alerts inbox as a therapist uses it: their own patients' open alerts, acknowledged with a note. */
@SpringBootTest
@ActiveProfiles("test")
class AlertsViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients patients;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void signedInForTheServicesToo() {
        // the services read this context's strategy; a browser test in the same JVM may have replaced the global one
        contexts.getContext()
                .setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    private long patientWithAlerts(UserAccount therapist, String givenName, AlertRule... rules) {
        long patientId = patients.create(therapist, givenName, "Alertson", null)
                .patient()
                .getId();
        transactions.executeWithoutResult(tx -> {
            for (AlertRule rule : rules) {
                alerts.raise(
                        patientId,
                        rule,
                        "test-" + rule,
                        givenName + ": " + rule.name().toLowerCase(),
                        "test");
            }
        });
        return patientId;
    }

    @SuppressWarnings("unchecked")
    private Grid<AlertEntry> grid() {
        return $view(Grid.class).single();
    }

    @Test
    @WithAccount(Role.THERAPIST)
    void a_therapist_sees_the_open_alerts_of_their_own_patients_only() {
        UserAccount me = WithAccountFactory.account();
        long mine = patientWithAlerts(me, "Mira", AlertRule.HIGH_RATING, AlertRule.MISSED_DAYS);
        patientWithAlerts(accounts.create(Role.THERAPIST), "Otto", AlertRule.RED_FLAG);

        navigate(AlertsView.class);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).patientId()).isEqualTo(mine);
            assertThat(grid.getRow(row).patientName()).isEqualTo("Mira Alertson");
        }
        assertThat(java.util.stream.IntStream.range(0, 2).mapToObj(r -> grid.getCellText(r, 2)))
                .containsExactlyInAnyOrder("Mira: high_rating", "Mira: missed_days");
        assertThat($view(Paragraph.class)
                        .withText("No open alerts. All caught up.")
                        .all())
                .allSatisfy(p -> assertThat(p.isVisible()).isFalse());
    }

    @Test
    @WithAccount(Role.THERAPIST)
    void a_red_flag_is_named_as_such_listed_first_and_its_whole_reason_shown() {
        UserAccount me = WithAccountFactory.account();
        patientWithAlerts(me, "Rita", AlertRule.HIGH_RATING, AlertRule.RED_FLAG, AlertRule.LOW_ADHERENCE);

        navigate(AlertsView.class);

        var grid = test(grid());
        assertThat(grid.getRow(0).rule()).isEqualTo(AlertRule.RED_FLAG);
        assertThat(((com.vaadin.flow.component.html.Span) grid.getCellComponent(0, 0)).getText())
                .isEqualTo("Red flag");
        assertThat(((com.vaadin.flow.component.html.Span) grid.getCellComponent(1, 0)).getText())
                .isEqualTo("critical");
        assertThat(grid()).satisfies(g -> assertThat(g.getThemeNames()).contains("wrap-cell-content"));
    }

    @Test
    @WithAccount(Role.THERAPIST)
    void an_alert_is_acknowledged_with_a_note_and_then_shows_as_acknowledged() {
        UserAccount me = WithAccountFactory.account();
        long patient = patientWithAlerts(me, "Nora", AlertRule.HIGH_RATING);
        navigate(AlertsView.class);
        assertThat(test(grid()).size()).isEqualTo(1);

        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(grid()).getCellComponent(0, 5);
        test((Button) actions.getComponentAt(0)).click();
        Dialog dialog = $(Dialog.class).single();
        TextArea note = $(TextArea.class, dialog).single();
        Button acknowledge = $(Button.class, dialog).withText("Acknowledge").single();

        // an empty note is refused at the field, and the alert stays open
        test(note).setValue("   ");
        test(acknowledge).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write a short note on what you did or decided.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND acknowledged_at IS NULL",
                        Integer.class,
                        patient))
                .isEqualTo(1);

        test(note).setValue("Phoned her: the flare-up settled after a rest day.");
        test(acknowledge).click();
        assertThat(dialog.isOpened()).isFalse();

        assertThat(test(grid()).size()).isZero();
        assertThat($view(Paragraph.class)
                        .withText("No open alerts. All caught up.")
                        .single()
                        .isVisible())
                .isTrue();

        @SuppressWarnings("unchecked")
        Select<String> show = $view(Select.class)
                .withCondition(s -> "Show".equals(s.getLabel()))
                .single();
        test(show).selectItem("Acknowledged");
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).patientId()).isEqualTo(patient);
        assertThat(grid.getCellText(0, 4))
                .isEqualTo(me.getDisplayName() + ": Phoned her: the flare-up settled after a rest day.");
        assertThat(grid.getCellComponent(0, 5))
                .isNotInstanceOf(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ALERT_ACKNOWLEDGED' AND patient_id = ?",
                        Integer.class,
                        patient))
                .isEqualTo(1);
    }

    @Test
    @WithAccount(Role.PATIENT)
    void a_patient_cannot_open_the_alerts() {
        // refused like a page that does not exist
        assertThat(catchThrowable(() -> navigate(AlertsView.class))).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat($(Grid.class).all()).isEmpty();
    }
}
