package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;

/** The per-address throttle as two app instances on one database see it. */
@IntegrationTest
class SharedSignInThrottleIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final String address = "203.0.113." + (System.nanoTime() % 200 + 1) + "-" + System.nanoTime();
    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private LoginAddresses one;
    private LoginAddresses other;

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        one = new LoginAddresses(new JdbcTemplate(dataSource), clock);
        other = new LoginAddresses(new JdbcTemplate(dataSource), clock);
    }

    @AfterEach
    void forgetTheAddress() {
        one.forget(address);
    }

    @Test
    void failures_counted_by_two_instances_add_up_and_both_refuse_the_blocked_address() {
        for (int i = 1; i < LoginAddresses.MAX_FAILURES; i++) {
            assertThat((i % 2 == 0 ? one : other).failed(address)).isFalse();
        }
        assertThat(one.isBlocked(address)).isFalse();

        assertThat(other.failed(address))
                .as("the failure that starts the block")
                .isTrue();

        assertThat(one.blockedUntil(address)).isEqualTo(clock.instant().plus(LoginAddresses.BLOCK_TIME));
        assertThat(other.isBlocked(address)).isTrue();
        assertThat(one.failed(address))
                .as("a failure during the block starts none")
                .isFalse();
        assertThat(one.shouldRecordRefusal(address)).isTrue();
        assertThat(other.shouldRecordRefusal(address))
                .as("the other instance, within a minute")
                .isFalse();
        clock.move(LoginAddresses.RECORD_EVERY);
        assertThat(other.shouldRecordRefusal(address)).isTrue();

        clock.move(LoginAddresses.BLOCK_TIME);
        assertThat(one.isBlocked(address)).isFalse();
        assertThat(other.isBlocked(address)).isFalse();
        one.forget(address);
        assertThat(other.failed(address)).isFalse();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        for (int i = 1; i < LoginAddresses.MAX_FAILURES; i++) {
            one.failed(address);
        }
        clock.move(LoginAddresses.WINDOW.plusSeconds(1));

        for (int i = 1; i < LoginAddresses.MAX_FAILURES; i++) {
            assertThat(other.failed(address)).isFalse();
        }
        assertThat(one.isBlocked(address)).isFalse();
        assertThat(one.failed(address)).isTrue();
    }

    @Test
    void the_address_is_stored_as_its_sha_256_only() {
        one.failed(address);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sign_in_address WHERE address_key = ?",
                        Integer.class,
                        LoginAddresses.key(address)))
                .isEqualTo(1);
        assertThat(LoginAddresses.key(address)).hasSize(64).doesNotContain(address);
        assertThat(LoginAddresses.key("127.0.0.1"))
                .isEqualTo("12ca17b49af2289436f303e0166030a21e525d266e209267433801a8fd4071a0");
    }

    @Test
    void rows_whose_window_and_block_are_over_are_removed_as_failures_are_written() {
        String blocked = address + "-blocked";
        String quiet = address + "-quiet";
        try {
            one.failed(quiet);
            clock.move(Duration.ofMinutes(10));
            for (int i = 1; i <= LoginAddresses.MAX_FAILURES; i++) {
                one.failed(blocked);
            }
            clock.move(LoginAddresses.WINDOW.minus(Duration.ofMinutes(10)).plusSeconds(1));

            assertThat(one.removeExpired()).isGreaterThanOrEqualTo(1);
            assertThat(rows(quiet)).as("a window that is over").isZero();
            assertThat(rows(blocked)).as("a block that is not over").isOne();

            clock.move(LoginAddresses.BLOCK_TIME);
            other.failed(address);

            assertThat(rows(blocked))
                    .as("an ended block, removed by the other instance's next write")
                    .isZero();
            assertThat(rows(address)).isOne();
        } finally {
            one.forget(blocked);
            one.forget(quiet);
        }
    }

    private int rows(String someAddress) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM sign_in_address WHERE address_key = ?",
                Integer.class,
                LoginAddresses.key(someAddress));
        return n == null ? 0 : n;
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void move(Duration by) {
            now.updateAndGet(n -> n.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
