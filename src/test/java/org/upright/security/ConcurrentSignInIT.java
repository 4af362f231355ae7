package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;

/** Many sign-ins of one account at the same moment, over real HTTP through the login form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConcurrentSignInIT {

    private static final int SIGN_INS = 20;

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
        loginAddresses.forget(FormBrowser.ADDRESS);
    }

    @Test
    void twenty_sign_ins_of_one_account_at_once_all_succeed() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);

        List<String> answers =
                all(SIGN_INS, () -> new FormBrowser(port).signIn(therapist.getEmail(), TestAccounts.PASSWORD));

        long failed = answers.stream().filter(a -> a.contains("error")).count();
        System.out.printf("Concurrent sign-ins of one account: %d of %d succeeded%n", SIGN_INS - failed, SIGN_INS);
        assertThat(answers).as("where each sign-in was sent").noneMatch(a -> a.contains("error"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND actor_id = ?",
                        Integer.class,
                        therapist.getId()))
                .isEqualTo(SIGN_INS);
        assertThat(jdbc.queryForObject(
                        "SELECT last_login_at IS NOT NULL AND failed_login_count = 0 AND locked_until IS NULL "
                                + "FROM user_account WHERE id = ?",
                        Boolean.class,
                        therapist.getId()))
                .isTrue();
    }

    @Test
    void a_burst_of_wrong_passwords_at_once_still_locks_the_account_once() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        int burst = 2 * LoginAttempts.MAX_FAILURES;

        List<String> answers = all(burst, () -> new FormBrowser(port).signIn(therapist.getEmail(), "wrong password"));

        assertThat(answers).allMatch(a -> a.endsWith("/login?error"));
        assertThat(jdbc.queryForObject(
                        "SELECT failed_login_count FROM user_account WHERE id = ?", Integer.class, therapist.getId()))
                .as("failures counted: tries during the wait are not")
                .isEqualTo(LoginAttempts.MAX_FAILURES);
        assertThat(jdbc.queryForObject(
                        "SELECT locked_until > UTC_TIMESTAMP() FROM user_account WHERE id = ?",
                        Boolean.class,
                        therapist.getId()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_THROTTLED' AND actor_id = ?",
                        Integer.class,
                        therapist.getId()))
                .isEqualTo(1);
        assertThat(new FormBrowser(port).signIn(therapist.getEmail(), TestAccounts.PASSWORD))
                .as("the right password during the wait")
                .endsWith("/login?error");
    }

    /** Runs the work this many times at once, all threads released together; the answers in order. */
    private static <T> List<T> all(int times, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
