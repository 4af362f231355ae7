package org.upright.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagService;
import org.upright.mail.MovableClock;
import org.upright.mail.OutboxWorkers;
import org.upright.mail.TestSmtp;
import org.upright.reminder.NoHealthData;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * Therapist notices through the outbox to a real SMTP server: a red flag sends one notice that names
 * nobody and says nothing clinical; the morning digest counts; a therapist who did not opt in gets
 * nothing.
 */
@IntegrationTest
class TherapistNoticesIT extends TestSmtp {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    NoticeService notices;

    @Autowired
    MorningDigest digest;

    @Autowired
    RedFlagService redFlags;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SecurityContextHolderStrategy contexts;

    MovableClock clock;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        startSmtp();
        clock = new MovableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS));
    }

    @AfterEach
    void serverUp() {
        startSmtp();
    }

    @Test
    void a_red_flag_sends_one_notice_that_names_nobody_and_an_opted_out_therapist_gets_none() throws Exception {
        UserAccount optedIn = accounts.create(Role.THERAPIST);
        UserAccount optedOut = accounts.create(Role.THERAPIST);
        accounts.as(optedIn, () -> notices.saveMine(new NoticeSetting(true, false, LocalTime.of(7, 30), BERLIN)));
        accounts.as(optedOut, () -> notices.saveMine(new NoticeSetting(false, true, LocalTime.of(7, 30), BERLIN)));
        LoggingTestSetup.Made mine = setup.patientOf(optedIn, 2, Set.of("NECK_INJURY"));
        LoggingTestSetup.Made theirs = setup.patientOf(optedOut, 2, Set.of());

        accounts.as(mine.patientAccount(), () -> redFlags.answer(answers(RedFlagQuestion.CHEST)));
        accounts.as(theirs.patientAccount(), () -> redFlags.answer(answers(RedFlagQuestion.CHEST)));

        OutboxWorkers.on(context, clock).sendDue();
        List<MimeMessage> received = receivedBy(optedIn.getEmail());
        assertThat(received).hasSize(1);
        String body = NoHealthData.readable(received.get(0));
        assertThat(body).contains("A patient of yours needs your attention").contains("http://upright.test/alerts");
        NoHealthData.assertFree(body, "Walker", "neck_injury", "injury", "critical", "breath");
        assertThat(receivedBy(optedOut.getEmail()))
                .as("not opted in to notices at once")
                .isEmpty();
    }

    @Test
    void the_morning_digest_counts_patients_with_open_alerts_once_at_the_therapists_morning() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        LoggingTestSetup.Made first = setup.patientOf(therapist, 1, Set.of());
        LoggingTestSetup.Made second = setup.patientOf(therapist, 1, Set.of());
        setup.patientOf(therapist, 1, Set.of());
        accounts.as(first.patientAccount(), () -> redFlags.answer(answers(RedFlagQuestion.CHEST)));
        accounts.as(second.patientAccount(), () -> redFlags.answer(answers(RedFlagQuestion.NERVES)));
        accounts.as(therapist, () -> notices.saveMine(new NoticeSetting(false, true, LocalTime.of(7, 30), BERLIN)));
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);

        assertThat(digestsFor(therapist, day.atTime(7, 29))).isZero();
        digest.queueDueAt(day.atTime(7, 35).atZone(BERLIN).toInstant());
        digest.queueDueAt(day.atTime(8, 0).atZone(BERLIN).toInstant());
        assertThat(digestsFor(therapist, day.atTime(7, 29))).isEqualTo(1);

        clock = new MovableClock(day.atTime(8, 1).atZone(BERLIN).toInstant());
        OutboxWorkers.on(context, clock).sendDue();
        List<MimeMessage> received = receivedBy(therapist.getEmail());
        assertThat(received).hasSize(1);
        String body = NoHealthData.readable(received.get(0));
        assertThat(body).contains("2 patients need your attention today");
        NoHealthData.assertFree(body, "Walker");
    }

    private int digestsFor(UserAccount therapist, java.time.LocalDateTime at) {
        digest.queueDueAt(at.atZone(BERLIN).toInstant());
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient_id = ? AND kind = 'notice.digest'",
                Integer.class,
                therapist.getId());
    }

    private static Map<RedFlagQuestion, Boolean> answers(RedFlagQuestion... yes) {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            answers.put(q, Set.of(yes).contains(q));
        }
        return answers;
    }
}
