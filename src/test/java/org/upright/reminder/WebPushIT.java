package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.interaso.webpush.VapidKeys;
import com.vaadin.flow.server.webpush.WebPush;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;
import org.upright.mail.Recipient;
import org.upright.mail.RenderedMessage;

/**
 * Web Push without a real push service: the VAPID keys are made once and kept in the database (a new
 * instance on the same database reads the same pair), a browser's subscription is stored and removed
 * for the signed-in patient, and what a push carries holds no health data. No push is delivered here.
 */
@IntegrationTest
class WebPushIT {

    @Autowired
    ReachKeys reachKeys;

    @Autowired
    PushService push;

    @Autowired
    ReminderTemplate template;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @Test
    void the_vapid_keys_are_made_once_and_kept_across_restarts() {
        String first = new PushKeys(reachKeys, "mailto:test@upright.test").publicKey();
        // a restarted app: new objects on the same database
        PushKeys restarted = new PushKeys(reachKeys, "mailto:test@upright.test");
        assertThat(restarted.publicKey()).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM reach_key WHERE name IN ('vapid-public', 'vapid-private')",
                        Integer.class))
                .isEqualTo(2);

        // the browsers' form: an uncompressed P-256 point, and a private key that belongs to it
        byte[] point = Base64.getUrlDecoder().decode(first);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        String privateKey =
                jdbc.queryForObject("SELECT key_value FROM reach_key WHERE name = 'vapid-private'", String.class);
        VapidKeys pair = VapidKeys.fromUncompressedBytes(first, privateKey);
        assertThat(pair.getApplicationServerKey()).isEqualTo(point);
        assertThat(restarted.webPush()).isInstanceOf(WebPush.class);
    }

    @Test
    void a_browsers_subscription_is_stored_for_the_patient_and_removed() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        String endpoint = "https://push.example.test/send/" + p.patientId();
        accounts.as(p.patientAccount(), () -> {
            assertThat(push.anyMine()).isFalse();
            push.subscribeMine(endpoint, "BKey", "auth");
            assertThat(push.anyMine()).isTrue();
        });
        assertThat(jdbc.queryForObject(
                        "SELECT account_id FROM push_subscription WHERE endpoint = ?", Long.class, endpoint))
                .isEqualTo(p.patientAccount().getId());
        accounts.as(p.patientAccount(), () -> {
            push.unsubscribeMine(endpoint);
            assertThat(push.anyMine()).isFalse();
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM push_subscription WHERE endpoint = ?", Integer.class, endpoint))
                .isZero();
    }

    @Test
    void a_push_carries_the_title_and_one_line_without_health_data() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.of("es")}) {
            for (ReminderPart part : ReminderPart.values()) {
                RenderedMessage message = template.render(
                        new Recipient(1, "pat@test.example", "Rosalind Quill", language, true),
                        Map.of("part", part.name(), "patient", "42"),
                        language);
                String json = PushChannel.notification(message).toJson();
                assertThat(json).contains(message.subject()).doesNotContain("reminders/off");
                NoHealthData.assertFree(json, "Rosalind", "Quill");
                NoHealthData.assertFree(message.text() + message.html(), "Rosalind", "Quill");
            }
        }
    }
}
