package org.upright.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.WalkEntry;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The actuator endpoints as a load balancer, a stranger, a therapist and an admin reach them, and the app's own counters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    LoggingService logging;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void health_and_its_probes_answer_up_without_sign_in_and_without_details() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "MariaDB");

        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void an_admin_sees_the_database_check_in_health() throws Exception {
        UserAccount admin = accounts.create(Role.ADMIN);
        HttpResponse<String> health = get("/actuator/health/readiness", basic(admin.getEmail(), TestAccounts.PASSWORD));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"").contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_is_refused_to_strangers_and_therapists_and_open_to_admins() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);

        UserAccount therapist = accounts.create(Role.THERAPIST);
        assertThat(get("/actuator/prometheus", basic(therapist.getEmail(), TestAccounts.PASSWORD))
                        .statusCode())
                .isEqualTo(403);

        UserAccount admin = accounts.create(Role.ADMIN);
        HttpResponse<String> scrape = get("/actuator/prometheus", basic(admin.getEmail(), TestAccounts.PASSWORD));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("upright_signin_failed_total");
    }

    @Test
    void an_admin_sees_the_outbox_backlog_and_the_mail_server_in_health() throws Exception {
        UserAccount admin = accounts.create(Role.ADMIN);
        HttpResponse<String> scrape = get("/actuator/prometheus", basic(admin.getEmail(), TestAccounts.PASSWORD));
        assertThat(scrape.body()).contains("upright_outbox_backlog");
        HttpResponse<String> health = get("/actuator/health", basic(admin.getEmail(), TestAccounts.PASSWORD));
        assertThat(health.body()).as("the embedded SMTP server of the default").contains("\"mail\"");
        assertThat(get("/actuator/metrics/upright.outbox.backlog", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_wrong_password_counts_as_a_failed_sign_in_without_naming_the_account() throws Exception {
        UserAccount admin = accounts.create(Role.ADMIN);
        double before = failedSignIns();

        assertThat(get("/actuator/prometheus", basic(admin.getEmail(), "not the password"))
                        .statusCode())
                .isEqualTo(401);

        assertThat(failedSignIns()).isEqualTo(before + 1);
        meters.find(SignInMetrics.FAILED)
                .meters()
                .forEach(meter -> assertThat(meter.getId().getTags())
                        .noneMatch(tag -> tag.getValue().contains("@")));
    }

    @Test
    void saving_a_log_counts_one_saved_log_of_its_kind() {
        LoggingTestSetup.Made patient = setup.patient(1, Set.of());
        double before = savedWalks();

        accounts.as(
                patient.patientAccount(),
                () -> logging.logWalk(WalkEntry.of(UUID.randomUUID().toString(), patient.today(clock), 25, 2, null)));

        assertThat(savedWalks()).isEqualTo(before + 1);
        assertThat(meters.get(LoggingService.LOGS_SAVED).counter().getId().getTags())
                .extracting(tag -> tag.getKey())
                .containsExactlyInAnyOrder("application", "kind");
    }

    private double savedWalks() {
        Counter counter =
                meters.find(LoggingService.LOGS_SAVED).tag("kind", "walk").counter();
        return counter == null ? 0 : counter.count();
    }

    private double failedSignIns() {
        return meters.get(SignInMetrics.FAILED)
                .tag("reason", "bad_credentials")
                .counter()
                .count();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
