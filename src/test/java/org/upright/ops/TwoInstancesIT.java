package org.upright.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.Application;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.alert.AlertEvaluation;
import org.upright.security.FormBrowser;
import org.upright.security.LoginAddresses;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * Two instances of the app, each a whole app with its own web server, on one database, as the README's
 * "Two instances" runs them behind a proxy: the daily alert job, tried by both every second, runs once
 * (ShedLock's row in the shedlock table); both evaluating one patient at the same moment open one alert
 * per rule; and sign-in failures through one instance count towards the address block on the other.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final String DAILY_LOCK = "dailyAlerts";
    static final String DAILY_JOB = "daily-alerts";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LogFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoginAddresses loginAddresses;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private final List<Instance> instances = new ArrayList<>();
    private Instance a;
    private Instance b;
    private Map<String, Object> shedlockBefore;

    @BeforeAll
    void startTwoInstances() throws Exception {
        // the daily job's lock is held (as by a third instance) until the first test lets both race for it
        shedlockBefore = jdbc.queryForList("SELECT * FROM shedlock WHERE name = ?", DAILY_LOCK).stream()
                .findFirst()
                .orElse(null);
        jdbc.update("""
            INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
            VALUES (?, UTC_TIMESTAMP(3) + INTERVAL 10 MINUTE, UTC_TIMESTAMP(3), 'TwoInstancesIT')
            ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until), locked_at = VALUES(locked_at),
                                    locked_by = VALUES(locked_by)""", DAILY_LOCK);
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        a = start(hikari);
        b = start(hikari);
    }

    @AfterAll
    void stopThem() {
        try {
            for (Instance instance : instances) {
                instance.context().close();
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(contexts);
            if (shedlockBefore == null) {
                jdbc.update("DELETE FROM shedlock WHERE name = ?", DAILY_LOCK);
            } else {
                jdbc.update(
                        "UPDATE shedlock SET lock_until = ?, locked_at = ?, locked_by = ? WHERE name = ?",
                        shedlockBefore.get("lock_until"),
                        shedlockBefore.get("locked_at"),
                        shedlockBefore.get("locked_by"),
                        DAILY_LOCK);
            }
        }
    }

    @BeforeEach
    void thisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @Test
    @Order(1)
    void the_daily_job_tried_by_both_instances_every_second_runs_once() throws Exception {
        assertThat(a.runs(DAILY_JOB) + b.runs(DAILY_JOB))
                .as("nothing ran while the lock was held")
                .isZero();
        waitFor(() -> a.tries(DAILY_LOCK) > 0 && b.tries(DAILY_LOCK) > 0, Duration.ofSeconds(5));
        assertThat(a.tries(DAILY_LOCK)).as("tries by a while the lock was held").isPositive();
        assertThat(b.tries(DAILY_LOCK)).as("tries by b while the lock was held").isPositive();

        jdbc.update("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) WHERE name = ?", DAILY_LOCK);
        waitFor(() -> a.acquired(DAILY_LOCK) + b.acquired(DAILY_LOCK) > 0, Duration.ofSeconds(10));
        // the run goes over every active patient of the test database, as the job does every quarter
        // of an hour in production (other tests' patients get today's run; tests that need a run of
        // their own use a day far from today, see DailyAlertsTimeZonesIT)
        waitFor(() -> a.runs(DAILY_JOB) + b.runs(DAILY_JOB) > 0, Duration.ofSeconds(30));
        int triedByA = a.tries(DAILY_LOCK);
        int triedByB = b.tries(DAILY_LOCK);
        // both go on trying every second; the lock is held for at least a minute after the run
        Thread.sleep(3_500);

        assertThat(a.tries(DAILY_LOCK) - triedByA).as("tries by a").isGreaterThanOrEqualTo(2);
        assertThat(b.tries(DAILY_LOCK) - triedByB).as("tries by b").isGreaterThanOrEqualTo(2);
        assertThat(a.acquired(DAILY_LOCK) + b.acquired(DAILY_LOCK))
                .as("locks taken")
                .isEqualTo(1);
        assertThat(a.runs(DAILY_JOB) + b.runs(DAILY_JOB))
                .as("runs of the job's body (metric %s)", AlertEvaluation.JOB_RUNS)
                .isEqualTo(1);
        assertThat(a.successes(DAILY_JOB) + b.successes(DAILY_JOB)).isEqualTo(1);
        Timestamp until = jdbc.queryForObject(
                "SELECT lock_until FROM shedlock WHERE name = ? AND lock_until > UTC_TIMESTAMP(3)",
                Timestamp.class,
                DAILY_LOCK);
        assertThat(until).as("held on after the run (lockAtLeastFor)").isNotNull();
    }

    @Test
    @Order(2)
    void both_instances_evaluating_one_patient_at_once_open_one_alert_per_rule() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String zone = "Europe/Berlin";
        LocalDate today = fixture.today(zone);
        // a program for three weeks, one walk rated 9 of 10 five days ago and nothing since: a high
        // rating (the daily safety net), missed days and low adherence
        long patient = fixture.patientWithProgram(therapist, "Twin", zone, today.minusDays(20));
        fixture.walk(patient, today.minusDays(5), 30, 9, null);

        AlertEvaluation onA = a.context().getBean(AlertEvaluation.class);
        AlertEvaluation onB = b.context().getBean(AlertEvaluation.class);
        int raised = 0;
        // a thread each (the common pool may have one thread on a small machine), released together
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> byA = threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return onA.evaluate(List.of(patient));
                });
                Future<Integer> byB = threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return onB.evaluate(List.of(patient));
                });
                raised += byA.get(30, TimeUnit.SECONDS) + byB.get(30, TimeUnit.SECONDS);
            }
        }

        List<Map<String, Object>> open = jdbc.queryForList("""
            SELECT rule_code, COUNT(*) AS n FROM alert
            WHERE patient_id = ? AND acknowledged_at IS NULL GROUP BY rule_code""", patient);
        assertThat(open)
                .extracting(row -> row.get("rule_code"))
                .contains("HIGH_RATING", "MISSED_DAYS", "LOW_ADHERENCE");
        assertThat(open)
                .as("one open alert per rule")
                .allSatisfy(
                        row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
        assertThat(raised).as("alerts opened, by both instances together").isEqualTo(open.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE patient_id = ?", Integer.class, patient))
                .isEqualTo(open.size());
    }

    @Test
    @Order(3)
    void sign_in_failures_through_one_instance_count_on_the_other() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        // as the proxy forwards it: each instance trusts X-Forwarded-For from 127.0.0.1
        String address = "198.51.100." + (1 + System.nanoTime() % 254);
        String elsewhere = "192.0.2." + (1 + System.nanoTime() % 254);
        loginAddresses.forget(address);
        loginAddresses.forget(elsewhere);
        try {
            for (int i = 1; i < LoginAddresses.MAX_FAILURES; i++) {
                Instance through = i % 2 == 0 ? a : b;
                assertThat(through.signIn(address, "nobody-" + i + "-" + System.nanoTime() + "@test.example", "guess"))
                        .endsWith("/login?error");
            }
            assertThat(a.addresses().isBlocked(address)).isFalse();
            assertThat(b.addresses().isBlocked(address)).isFalse();

            assertThat(a.signIn(address, "nobody-last-" + System.nanoTime() + "@test.example", "guess"))
                    .endsWith("/login?error");

            assertThat(b.addresses().isBlocked(address))
                    .as("b knows of a's block")
                    .isTrue();
            assertThat(b.signIn(address, therapist.getEmail(), TestAccounts.PASSWORD))
                    .as("the right password from the blocked address, through b")
                    .endsWith("/login?error");
            assertThat(a.signIn(address, therapist.getEmail(), TestAccounts.PASSWORD))
                    .endsWith("/login?error");
            assertThat(b.signIn(elsewhere, therapist.getEmail(), TestAccounts.PASSWORD))
                    .as("another address, through b")
                    .doesNotContain("error");
        } finally {
            loginAddresses.forget(address);
            loginAddresses.forget(elsewhere);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * A whole app on the test's database, connected as a second server would be (SPRING_DATASOURCE_*),
     * its daily alert job every second; its lock provider counts the tries and the locks taken.
     */
    private Instance start(HikariDataSource db) {
        Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> acquired = new ConcurrentHashMap<>();
        BeanPostProcessor counting = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof LockProvider provider)) {
                    return bean;
                }
                return (LockProvider) configuration -> {
                    tries.computeIfAbsent(configuration.getName(), k -> new AtomicInteger())
                            .incrementAndGet();
                    Optional<SimpleLock> lock = provider.lock(configuration);
                    lock.ifPresent(l -> acquired.computeIfAbsent(configuration.getName(), k -> new AtomicInteger())
                            .incrementAndGet());
                    return lock;
                };
            }
        };
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counting))
                .run(
                        "--spring.datasource.url=" + db.getJdbcUrl(),
                        "--spring.datasource.username=" + db.getUsername(),
                        "--spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                        "--spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect",
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--upright.alerts.cron=* * * * * *");
        Instance instance = new Instance(context, tries, acquired);
        instances.add(instance);
        return instance;
    }

    record Instance(
            ConfigurableApplicationContext context,
            Map<String, AtomicInteger> lockTries,
            Map<String, AtomicInteger> locksAcquired) {

        int tries(String lock) {
            AtomicInteger n = lockTries.get(lock);
            return n == null ? 0 : n.get();
        }

        int acquired(String lock) {
            AtomicInteger n = locksAcquired.get(lock);
            return n == null ? 0 : n.get();
        }

        long runs(String job) {
            return context.getBean(MeterRegistry.class).find(AlertEvaluation.JOB_RUNS).tag("job", job).timers().stream()
                    .mapToLong(Timer::count)
                    .sum();
        }

        long successes(String job) {
            return context
                    .getBean(MeterRegistry.class)
                    .find(AlertEvaluation.JOB_RUNS)
                    .tag("job", job)
                    .tag("outcome", "success")
                    .timers()
                    .stream()
                    .mapToLong(Timer::count)
                    .sum();
        }

        LoginAddresses addresses() {
            return context.getBean(LoginAddresses.class);
        }

        int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        /**
         * Opens this instance's login page and posts its form as a browser behind the proxy would
         * (X-Forwarded-For: the browser's address); answers where the instance sends the browser next.
         */
        String signIn(String forwardedFor, String email, String password) throws Exception {
            return new FormBrowser(port(), forwardedFor).signIn(email, password);
        }
    }
}
