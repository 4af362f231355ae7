package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    private static final String ADDRESS = FormBrowser.ADDRESS;

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
        FormBrowser browser = newBrowser();
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(browser.signIn(therapist.getEmail(), "wrong password " + i))
                    .endsWith("/login?error");
        }
        assertThat(newBrowser().signIn(therapist.getEmail(), TestAccounts.PASSWORD))
                .as("before the limit the right password still works")
                .doesNotContain("error");
        // a success resets the count: five more failures are needed
        for (int i = 1; i <= LoginAttempts.MAX_FAILURES; i++) {
            assertThat(browser.signIn(therapist.getEmail(), "wrong password " + i))
                    .endsWith("/login?error");
        }

        assertThat(newBrowser().signIn(therapist.getEmail(), TestAccounts.PASSWORD))
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
        FormBrowser browser = newBrowser();
        for (int i = 1; i <= LoginAddresses.MAX_FAILURES; i++) {
            assertThat(browser.signIn("nobody-" + i + "-" + System.nanoTime() + "@test.example", "guess " + i))
                    .endsWith("/login?error");
        }
        long throttledBefore = throttledFromAddress();

        assertThat(newBrowser().signIn(patient.getEmail(), TestAccounts.PASSWORD))
                .endsWith("/login?error");

        assertThat(throttledFromAddress()).isGreaterThan(throttledBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND actor_id = ?",
                        Integer.class,
                        patient.getId()))
                .isZero();
        loginAddresses.forget(ADDRESS);
        assertThat(newBrowser().signIn(patient.getEmail(), TestAccounts.PASSWORD))
                .doesNotContain("error");
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        FormBrowser browser = newBrowser();
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
        FormBrowser browser = newBrowser();
        browser.signIn(therapist.getEmail(), TestAccounts.PASSWORD);
        for (String path : new String[] {"/login", "/caseload"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(v -> assertThat(v)
                            .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void no_spelling_of_the_login_path_gets_past_the_address_throttle() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        FormBrowser browser = newBrowser();
        for (int i = 1; i <= LoginAddresses.MAX_FAILURES; i++) {
            browser.signIn("nobody-" + i + "-" + System.nanoTime() + "@test.example", "guess " + i);
        }
        List<String> spellings = List.of(
                "/login",
                "/%6Cogin",
                "/%6c%6F%67%69%6E",
                "/lo%67in",
                "/log%69n",
                "/login?next=1",
                "/%6Cogin?x",
                "/login/",
                "/LOGIN");
        for (String spelling : spellings) {
            HttpResponse<String> answer = newBrowser().postLogin(spelling, patient.getEmail(), TestAccounts.PASSWORD);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as("answer to a sign-in posted to " + spelling)
                    .doesNotEndWith(":" + port + "/");
        }

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND actor_id = ?",
                        Integer.class,
                        patient.getId()))
                .as("sign-ins that got through")
                .isZero();
    }

    @Test
    void tries_during_the_wait_never_extend_it_and_each_later_failure_waits_longer() throws Exception {
        UserAccount admin = accounts.create(Role.ADMIN);
        for (int i = 1; i <= LoginAttempts.MAX_FAILURES; i++) {
            newBrowser().signIn(admin.getEmail(), "wrong password " + i);
        }
        Instant firstWait = lockedUntil(admin);
        assertThat(Duration.between(Instant.now(), firstWait)).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(2));

        for (int i = 1; i <= 2 * LoginAttempts.MAX_FAILURES; i++) {
            assertThat(newBrowser().signIn(admin.getEmail(), i % 2 == 0 ? TestAccounts.PASSWORD : "guess " + i))
                    .endsWith("/login?error");
        }
        assertThat(lockedUntil(admin)).as("the wait after tries during it").isEqualTo(firstWait);

        jdbc.update(
                "UPDATE user_account SET locked_until = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                admin.getId());
        newBrowser().signIn(admin.getEmail(), "one more wrong password");
        assertThat(Duration.between(Instant.now(), lockedUntil(admin)))
                .as("the next wait")
                .isGreaterThan(Duration.ofSeconds(90));

        jdbc.update("UPDATE user_account SET locked_until = NULL WHERE id = ?", admin.getId());
        assertThat(newBrowser().signIn(admin.getEmail(), TestAccounts.PASSWORD)).doesNotContain("error");
    }

    @Test
    void a_cross_site_sign_in_without_the_forms_token_is_refused() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        FormBrowser attackersPage = newBrowser();
        String form = "username=" + URLEncoder.encode(therapist.getEmail(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);

        HttpResponse<String> answer = attackersPage.post("/login", form);

        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND actor_id = ?",
                        Integer.class,
                        therapist.getId()))
                .isZero();
    }

    @Test
    void the_session_id_never_travels_in_a_url_and_its_cookie_is_secure_behind_a_tls_proxy() throws Exception {
        HttpResponse<String> redirect = newBrowser().get("/caseload");
        assertThat(redirect.headers().allValues("Location"))
                .allSatisfy(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
        assertThat(redirect.body()).doesNotContainIgnoringCase(";jsessionid=");

        HttpResponse<String> overTls = newBrowser().get("/login", "X-Forwarded-Proto", "https");
        assertThat(overTls.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
    }

    @Test
    void vaadins_own_replies_carry_the_hardening_headers_and_are_never_stored() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        FormBrowser browser = newBrowser();
        browser.signIn(therapist.getEmail(), TestAccounts.PASSWORD);

        HttpResponse<String> init = browser.get("/?v-r=init&location=caseload&query=");

        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(init.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(init.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(init.headers().allValues("Cache-Control"))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("no-store").doesNotContain("no-cache"));
    }

    private Instant lockedUntil(UserAccount account) {
        Timestamp until = jdbc.queryForObject(
                "SELECT locked_until FROM user_account WHERE id = ?", Timestamp.class, account.getId());
        assertThat(until).as("locked until").isNotNull();
        return until.toInstant();
    }

    private long throttledFromAddress() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_THROTTLED' " + "AND client_address = ?",
                Long.class,
                ADDRESS);
        return n == null ? 0 : n;
    }

    private FormBrowser newBrowser() {
        return new FormBrowser(port);
    }
}
