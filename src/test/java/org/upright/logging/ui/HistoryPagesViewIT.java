package org.upright.logging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.WalkEntry;
import org.upright.security.UserAccount;

/** History opens with the newest sessions and shows older ones a page at a time, none lost or repeated. */
@SpringBootTest
@ActiveProfiles("test")
class HistoryPagesViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    LoggingService logging;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Clock clock;

    SecurityContextHolderStrategy global;

    @BeforeEach
    void useTheAppsContexts() {
        global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        global.clearContext();
    }

    @Test
    void twenty_five_walks_show_as_twenty_then_all_after_asking_for_older_ones() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        // four walks a day over the 7 days one may log back (25 in all); the minutes tell them apart
        List<String> newestFirst = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int minutes = 10 + i;
            LocalDate day = today.minusDays(1 + i / 4);
            accounts.as(
                    p.patientAccount(),
                    () -> logging.logWalk(new WalkEntry("walk-" + minutes, day, minutes, null, 3, null, Set.of())));
            // a later day comes first; on one day, the walk logged last comes first
            newestFirst.add(i / 4 * 4, String.valueOf(minutes));
        }
        signIn(p.patientAccount());

        navigate(HistoryView.class);

        assertThat(minutesShown()).containsExactlyElementsOf(newestFirst.subList(0, 20));
        Button older = $view(Button.class).withClassName("history-older").single();
        assertThat(older.isVisible()).isTrue();
        assertThat(older.getText()).isEqualTo("Show older sessions");

        test(older).click();

        assertThat(minutesShown()).containsExactlyElementsOf(newestFirst);
        assertThat(older.isVisible()).isFalse();
    }

    @Test
    void a_short_history_offers_no_older_sessions() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate yesterday = p.today(clock).minusDays(1);
        accounts.as(
                p.patientAccount(),
                () -> logging.logWalk(new WalkEntry("only", yesterday, 30, null, 2, null, Set.of())));
        signIn(p.patientAccount());

        navigate(HistoryView.class);

        assertThat(entries()).hasSize(1);
        // the query finds only what is shown
        assertThat($view(Button.class).withClassName("history-older").all()).isEmpty();
    }

    /** Each card's minutes line, newest first: older cards are HTML, today's are components. */
    private List<String> minutesShown() {
        return entries().stream()
                .map(text -> text.replaceAll("(?s).*?(\\d+) minutes.*", "$1"))
                .toList();
    }

    private List<String> entries() {
        return $view(Div.class)
                .withClassName("history-list")
                .single()
                .getChildren()
                .map(card -> card instanceof Html html
                        ? Jsoup.parseBodyFragment(html.getInnerHtml()).text()
                        : card.getElement().getTextRecursively())
                .toList();
    }

    private void signIn(UserAccount account) {
        accounts.signIn(account, contexts, global);
    }
}
