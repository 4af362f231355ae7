package org.upright.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {

    @Test
    void the_delay_doubles_after_each_failure_up_to_six_hours() {
        assertThat(OutboxWorker.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxWorker.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxWorker.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxWorker.delayAfter(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(OutboxWorker.delayAfter(10)).isEqualTo(OutboxWorker.MAX_DELAY);
        assertThat(OutboxWorker.delayAfter(40)).isEqualTo(OutboxWorker.MAX_DELAY);
    }

    @Test
    void the_payload_survives_its_stored_form() {
        Map<String, String> payload = Map.of("link", "42", "a=b&c", "ü ß/?", "empty", "");
        assertThat(OutboxStore.decode(OutboxStore.encode(payload))).isEqualTo(payload);
        assertThat(OutboxStore.decode("")).isEmpty();
    }

    @Test
    void an_error_names_the_exception_and_its_cause_in_one_short_line() {
        String error = OutboxWorker.error(new IllegalStateException(
                "could not send", new java.net.ConnectException("Connection refused\nsecond line")));
        assertThat(error).isEqualTo("IllegalStateException / ConnectException: Connection refused");
        assertThat(OutboxWorker.error(new RuntimeException("x".repeat(900)))).hasSize(500);
    }
}
