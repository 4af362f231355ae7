package org.upright.logging.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.base.NotFoundException;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagService;
import org.upright.logging.SafetyCheck;
import org.upright.logging.SafetyCheckHistory;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The therapist sees why a program is paused and every safety check with its answers, on the page and dashboard. */
@SpringBootTest
@ActiveProfiles("test")
class SafetyChecksSectionIT extends SpringBrowserlessTest {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RedFlagService redFlags;

    @Autowired
    SafetyCheckHistory history;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_yes_shows_why_the_program_is_paused_and_every_answer_of_every_check() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        accounts.as(p.patientAccount(), () -> redFlags.answer(answers()));
        jdbc.update(
                "UPDATE red_flag_check SET answered_at = answered_at - INTERVAL 8 DAY WHERE patient_id = ?",
                p.patientId());
        accounts.as(p.patientAccount(), () -> redFlags.answer(answers(RedFlagQuestion.FALL_OR_INJURY)));

        List<SafetyCheck> checks = accounts.as(p.therapist(), () -> history.checksOf(p.patientId()));
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).yes()).containsExactly(RedFlagQuestion.FALL_OR_INJURY);
        assertThat(checks.get(0).answers()).hasSize(RedFlagQuestion.values().length);
        assertThat(checks.get(1).anyYes()).isFalse();
        UserAccount other = accounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> accounts.as(other, () -> history.checksOf(p.patientId())))
                .isInstanceOf(NotFoundException.class);

        signIn(p.therapist());
        UI.getCurrent().navigate("patients/" + p.patientId());
        String page = find(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .map(c -> c.getElement().getTextRecursively())
                .reduce("", String::concat);
        assertThat(page).contains("Paused since", "Why: Red-flag check answered yes");
        List<Details> shown = find(Details.class).all().stream()
                .filter(d -> d.getElement().hasAttribute("data-check"))
                .toList();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).isOpened()).as("the check with a yes is open").isTrue();
        assertThat(shown.get(0).getElement().getTextRecursively())
                .contains("Red flag: yes to " + RedFlagQuestion.FALL_OR_INJURY.summary())
                .contains("Yes — " + RedFlagQuestion.FALL_OR_INJURY.question())
                .contains("No — " + RedFlagQuestion.CHEST.question());
        assertThat(shown.get(1).isOpened()).isFalse();
        assertThat(shown.get(1).getElement().getTextRecursively()).contains("All answered no");

        UI.getCurrent().navigate("patients/" + p.patientId() + "/dashboard");
        assertThat(find(Details.class).all().stream().filter(d -> d.getElement().hasAttribute("data-check")))
                .hasSize(2);
    }

    private void signIn(UserAccount account) {
        accounts.signIn(account, contexts, SecurityContextHolder.getContextHolderStrategy());
    }

    private static Map<RedFlagQuestion, Boolean> answers(RedFlagQuestion... yes) {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            answers.put(q, List.of(yes).contains(q));
        }
        return answers;
    }
}
