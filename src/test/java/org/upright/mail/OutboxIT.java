package org.upright.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * The outbox against a real SMTP server: a message is queued once, survives the server being down
 * (retried with back-off, then sent once), stops after the last attempt until the admin retries, and is
 * never sent twice by two workers racing on one database.
 */
@IntegrationTest
class OutboxIT extends TestSmtp {

    static final String KIND = "test.hello";

    /** A harmless test message: the subject names the occasion, so each message can be told apart. */
    static final MessageTemplate HELLO = new MessageTemplate() {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public RenderedMessage render(Recipient to, Map<String, String> payload, Locale locale) {
            return new RenderedMessage(
                    "Hello " + payload.get("n"), "Hello number " + payload.get("n"), "<p>Hello</p>", null);
        }
    };

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    Recipients recipients;

    @Autowired
    List<DeliveryChannel> channels;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock =
            new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));

    @BeforeEach
    void nothingLeftOverFromOtherTests() {
        startSmtp();
        worker(clock).sendDue();
    }

    @AfterEach
    void serverUp() {
        startSmtp();
    }

    private OutboxWorker worker(Clock clock) {
        return new OutboxWorker(store, recipients, List.of(HELLO), channels, clock);
    }

    private OutgoingMessage hello(UserAccount to, String occasion) {
        return new OutgoingMessage(to.getId(), Channel.EMAIL, KIND, occasion, Map.of("n", occasion), clock.instant());
    }

    @Test
    void a_message_is_queued_once_per_recipient_kind_and_occasion() {
        UserAccount patient = accounts.create(Role.PATIENT);
        assertThat(outbox.enqueue(hello(patient, "1"))).isTrue();
        assertThat(outbox.enqueue(hello(patient, "1"))).isFalse();
        assertThat(outbox.enqueue(hello(patient, "2"))).isTrue();
        assertThat(rows(patient)).isEqualTo(2);
    }

    @Test
    void a_message_waits_while_the_smtp_server_is_down_and_is_sent_once_when_it_is_back() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        outbox.enqueue(hello(patient, "down"));
        OutboxWorker worker = worker(clock);

        stopSmtp();
        assertThat(worker.sendDue()).isZero();
        Map<String, Object> row = row(patient);
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("sent_at")).isNull();
        assertThat((String) row.get("last_error")).isNotBlank().doesNotContain("Hello number");
        assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        startSmtp();
        assertThat(worker.sendDue()).as("not due again before its back-off").isZero();
        assertThat(receivedBy(patient.getEmail())).isEmpty();

        clock.move(Duration.ofMinutes(2));
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(worker.sendDue()).isZero();
        List<MimeMessage> received = receivedBy(patient.getEmail());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Hello down");
        assertThat(row(patient).get("sent_at")).isNotNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void after_the_last_attempt_the_message_is_failed_for_the_admin_who_can_retry_it() {
        UserAccount patient = accounts.create(Role.PATIENT);
        outbox.enqueue(hello(patient, "failing"));
        OutboxWorker worker = worker(clock);
        long failedBefore = outbox.summary().failed();

        stopSmtp();
        for (int i = 0; i < OutboxWorker.MAX_ATTEMPTS; i++) {
            worker.sendDue();
            clock.move(OutboxWorker.MAX_DELAY.plusMinutes(1));
        }
        assertThat(worker.sendDue()).isZero();
        Map<String, Object> row = row(patient);
        assertThat(row.get("attempts")).isEqualTo(OutboxWorker.MAX_ATTEMPTS);
        assertThat(row.get("failed_at")).isNotNull();
        assertThat(outbox.summary().failed()).isGreaterThan(failedBefore);
        long id = (Long) row.get("id");
        assertThat(outbox.troubled()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.failedAt()).isNotNull();
            assertThat(e.lastError()).isNotBlank();
        });

        startSmtp();
        assertThat(worker.sendDue()).as("failed for good: not tried by itself").isZero();
        new Outbox(store, clock).retry(id);
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(receivedBy(patient.getEmail())).hasSize(1);
    }

    @Test
    void two_workers_racing_on_one_database_send_every_message_exactly_once() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        int count = 120;
        for (int i = 0; i < count; i++) {
            outbox.enqueue(hello(patient, "race-" + i));
        }
        OutboxWorker one = worker(clock);
        OutboxWorker other = worker(clock);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            OutboxWorker worker = i % 2 == 0 ? one : other;
            runs.add(pool.submit(() -> {
                start.await();
                return worker.sendDue();
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<Integer> run : runs) {
            sent += run.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        sent += one.sendDue();

        assertThat(sent).isEqualTo(count);
        List<MimeMessage> received = receivedBy(patient.getEmail());
        Set<String> subjects = new HashSet<>();
        for (MimeMessage message : received) {
            subjects.add(message.getSubject());
        }
        assertThat(received).hasSize(count);
        assertThat(subjects).hasSize(count);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbox_message WHERE recipient_id = ? AND sent_at IS NOT NULL",
                        Integer.class,
                        patient.getId()))
                .isEqualTo(count);
    }

    @Test
    void a_disabled_recipient_gets_nothing() {
        UserAccount patient = accounts.create(Role.PATIENT);
        outbox.enqueue(hello(patient, "disabled"));
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE id = ?", patient.getId());
        assertThat(worker(clock).sendDue()).isZero();
        assertThat(receivedBy(patient.getEmail())).isEmpty();
        assertThat(row(patient).get("failed_at")).isNotNull();
    }

    private int rows(UserAccount to) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient_id = ?", Integer.class, to.getId());
    }

    private Map<String, Object> row(UserAccount to) {
        return jdbc.queryForMap("SELECT * FROM outbox_message WHERE recipient_id = ?", to.getId());
    }
}
