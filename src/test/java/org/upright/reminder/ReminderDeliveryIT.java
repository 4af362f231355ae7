package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.mail.MovableClock;
import org.upright.mail.OutboxWorker;
import org.upright.mail.OutboxWorkers;
import org.upright.mail.TestSmtp;
import org.upright.patient.PatientLinks;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * A due reminder through the outbox to a real SMTP server: queued once by two jobs racing, kept while
 * the server is down and sent once by two workers racing when it is back; its body holds no health data
 * and its unsubscribe link works without sign-in, while a forged one is refused. Without a push
 * subscription, or when push fails, the reminder comes by e-mail.
 */
@IntegrationTest
class ReminderDeliveryIT extends TestSmtp {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Pattern UNSUBSCRIBE = Pattern.compile("reminders/off/([0-9]+\\.[A-Za-z0-9_-]+)");

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderQueries settings;

    @Autowired
    ReminderService reminders;

    @Autowired
    PushSubscriptions subscriptions;

    @Autowired
    PatientLinks links;

    @Autowired
    LogFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SecurityContextHolderStrategy contexts;

    UserAccount therapist;
    LocalDate day;
    MovableClock clock;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        startSmtp();
        therapist = accounts.create(Role.THERAPIST);
        day = LocalDate.now().plusDays(60);
        clock = new MovableClock(day.atTime(8, 5).atZone(BERLIN).toInstant().truncatedTo(ChronoUnit.MICROS));
    }

    @AfterEach
    void serverUp() {
        startSmtp();
    }

    @Test
    void queued_once_by_racing_jobs_retried_while_smtp_is_down_and_sent_once_by_racing_workers() throws Exception {
        long patientId = patientWithReminders("Rosalind");
        // yesterday's walk, with a rating and a note that must never travel
        fixture.walk(patientId, day.minusDays(1), 30, 8, "sharp twinge under the shoulder blade");
        long accountId = links.ofActive(patientId).orElseThrow().accountId();
        String address = addressOf(accountId);

        race(() -> job.queueDueAt(clock.instant()), () -> job.queueDueAt(clock.instant()));
        assertThat(rows(accountId)).as("two jobs, one reminder").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT channel FROM outbox_message WHERE recipient_id = ? AND kind = 'reminder'",
                        String.class,
                        accountId))
                .as("no push subscription: e-mail")
                .isEqualTo("EMAIL");

        stopSmtp();
        OutboxWorker worker = OutboxWorkers.on(context, clock);
        worker.sendDue();
        assertThat(jdbc.queryForObject(
                        "SELECT attempts FROM outbox_message WHERE recipient_id = ?", Integer.class, accountId))
                .isEqualTo(1);

        startSmtp();
        assertThat(receivedBy(address)).isEmpty();
        clock.move(Duration.ofMinutes(2));
        OutboxWorker other = OutboxWorkers.on(context, clock);
        race(worker::sendDue, other::sendDue);
        List<MimeMessage> received = receivedBy(address);
        assertThat(received).as("sent once after the server came back").hasSize(1);
        assertThat(race(worker::sendDue, other::sendDue)).containsOnly(0);
        assertThat(receivedBy(address)).hasSize(1);

        String body = NoHealthData.readable(received.get(0));
        assertThat(body).contains("Time for a walk?").contains("http://upright.test/today");
        NoHealthData.assertFree(body, "Rosalind", "Tester", "twinge", "shoulder");

        // the same day and slot is not queued again, even after it was sent
        job.queueDueAt(clock.instant());
        assertThat(rows(accountId)).isEqualTo(1);

        Matcher link = UNSUBSCRIBE.matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        SecurityContextHolder.clearContext();
        assertThat(reminders.unsubscribe(token.substring(0, token.length() - 2) + "xx"))
                .as("an altered token")
                .isFalse();
        assertThat(reminders.unsubscribe((patientId + 1) + token.substring(token.indexOf('.'))))
                .as("another patient's number with this signature")
                .isFalse();
        assertThat(settings.find(patientId).orElseThrow().enabled()).isTrue();
        assertThat(reminders.unsubscribe(token)).as("no sign-in needed").isTrue();
        assertThat(settings.find(patientId).orElseThrow().enabled()).isFalse();
        job.queueDueAt(clock.instant().plus(Duration.ofDays(1)));
        assertThat(rows(accountId)).as("no reminder the next day").isEqualTo(1);
    }

    @Test
    void a_patient_with_a_push_subscription_that_fails_gets_the_reminder_by_e_mail() throws Exception {
        long patientId = patientWithReminders("Pushkin");
        long accountId = links.ofActive(patientId).orElseThrow().accountId();
        // a subscription whose push service cannot be reached (nothing listens on port 9)
        subscriptions.store(
                accountId,
                new PushSubscriptions.Subscription(
                        "https://127.0.0.1:9/push/" + accountId,
                        java.util.Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(com.interaso.webpush.VapidKeys.generate()
                                        .getApplicationServerKey()),
                        "tBHItJI5svbpez7KI4CCXg"),
                clock.instant());

        job.queueDueAt(clock.instant());
        assertThat(jdbc.queryForObject(
                        "SELECT channel FROM outbox_message WHERE recipient_id = ? AND kind = 'reminder'",
                        String.class,
                        accountId))
                .isEqualTo("PUSH");
        OutboxWorkers.on(context, clock).sendDue();

        List<MimeMessage> received = receivedBy(addressOf(accountId));
        assertThat(received).as("e-mail is the fallback").hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT sent_at IS NOT NULL FROM outbox_message WHERE recipient_id = ?",
                        Boolean.class,
                        accountId))
                .isTrue();
    }

    private long patientWithReminders(String name) {
        long id = fixture.patientWithProgram(
                therapist, name, BERLIN.getId(), LocalDate.now().minusDays(10));
        settings.save(id, true, new ReminderTimes(LocalTime.of(8, 0), null), Instant.now());
        // the invitation a new patient gets is the mail module's story (PasswordLinksIT), not this one's
        jdbc.update(
                "DELETE FROM outbox_message WHERE kind <> 'reminder' AND recipient_id = ?",
                links.ofActive(id).orElseThrow().accountId());
        return id;
    }

    private String addressOf(long accountId) {
        return jdbc.queryForObject("SELECT email FROM user_account WHERE id = ?", String.class, accountId);
    }

    private int rows(long accountId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient_id = ? AND kind = 'reminder'",
                Integer.class,
                accountId);
    }

    @SafeVarargs
    private static Set<Integer> race(Callable<Integer>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> w : work) {
                results.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            Set<Integer> answers = new java.util.HashSet<>();
            for (Future<Integer> r : results) {
                answers.add(r.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
