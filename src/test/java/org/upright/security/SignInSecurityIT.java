package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;

/** Sign-in over real HTTP: throttling per account and per address, session id rotation, headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInSecurityIT {

    private static final String ADDRESS = "127.0.0.1";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoginAddresses loginAddresses;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void forgetThisAddress() {
        loginAddresses.forget(ADDRESS);
    }

    @Test
    void the_fifth_failed_login_locks_the_account_so_even_the_right_password_is_refused_with_the_same_message()
            throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        Browser browser = new Browser();
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(browser.signIn(therapist.getEmail(), "wrong password " + i))
                    .endsWith("/login?error");
        }
        assertThat(new Browser().signIn(therapist.getEmail(), TestAccounts.PASSWORD))
                .as("before the limit the right password still works")
                .doesNotContain("error");
        // a success resets the count: five more failures are needed
        for (int i = 1; i <= LoginAttempts.MAX_FAILURES; i++) {
            assertThat(browser.signIn(therapist.getEmail(), "wrong password " + i))
                    .endsWith("/login?error");
        }

        assertThat(new Browser().signIn(therapist.getEmail(), TestAccounts.PASSWORD))
                .endsWith("/login?error");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_THROTTLED' " + "AND actor_id = ?",
                        Integer.class,
                        therapist.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT locked_until IS NOT NULL FROM user_account WHERE id = ?",
                        Boolean.class,
                        therapist.getId()))
                .isTrue();
    }

    @Test
    void after_twenty_failures_from_one_address_it_is_refused_whatever_account_it_names() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        Browser browser = new Browser();
        for (int i = 1; i <= LoginAddresses.MAX_FAILURES; i++) {
            assertThat(browser.signIn("nobody-" + i + "-" + System.nanoTime() + "@test.example", "guess " + i))
                    .endsWith("/login?error");
        }
        long throttledBefore = throttledFromAddress();

        assertThat(new Browser().signIn(patient.getEmail(), TestAccounts.PASSWORD))
                .endsWith("/login?error");

        assertThat(throttledFromAddress()).isGreaterThan(throttledBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND actor_id = ?",
                        Integer.class,
                        patient.getId()))
                .isZero();
        loginAddresses.forget(ADDRESS);
        assertThat(new Browser().signIn(patient.getEmail(), TestAccounts.PASSWORD))
                .doesNotContain("error");
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        assertThat(browser.signIn(therapist.getEmail(), TestAccounts.PASSWORD)).doesNotContain("error");

        String after = browser.sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void pages_carry_no_store_a_content_security_policy_and_no_framing_by_other_sites() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        Browser browser = new Browser();
        browser.signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        for (String path : new String[] {"/login", "/caseload"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(v -> assertThat(v)
                            .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    private long throttledFromAddress() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_THROTTLED' " + "AND client_address = ?",
                Long.class,
                ADDRESS);
        return n == null ? 0 : n;
    }

    /** A cookie-keeping client that does not follow redirects, like a browser's form post. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the login form; answers where the app sends the browser next. */
        String signIn(String email, String password) throws Exception {
            get("/login");
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("answer to the login form").isEqualTo(302);
            return response.headers().firstValue("Location").orElse("");
        }

        @Nullable
        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://" + ADDRESS + ":" + port + path);
        }
    }
}
