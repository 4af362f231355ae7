package org.upright.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address: after {@link #MAX_FAILURES} failures from one address within
 * {@link #WINDOW} of the first of them, that address may not try again for {@link #BLOCK_TIME},
 * whatever account it names. This stops one machine from guessing passwords across many accounts,
 * which the per-account lock alone does not. Behind a reverse proxy the address is only right when
 * the proxy's forwarded headers are trusted (server.forward-headers-strategy, see the README).
 *
 * <p>The counts live in the database (table sign_in_address, migration V55), so that every app
 * instance on one database sees the same counts and blocks. Each change is one statement: an
 * upsert counts a failure, a conditional update starts a block, so concurrent failures are neither
 * lost nor start two blocks. Addresses are stored as their SHA-256 (hex): that keeps them out of
 * plain sight, though it does not make them anonymous. Rows whose window and block are over are
 * removed as failures are written, at most once every {@link #CLEAN_EVERY} per instance.
 *
 * <p>Call these methods outside any transaction (each statement commits at once): a failure's
 * count must count even if the caller's work rolls back, and its row lock must not be held for
 * the caller's whole transaction.
 */
@Component
public class LoginAddresses {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration BLOCK_TIME = Duration.ofMinutes(15);
    /** Refusals of a blocked address are recorded at most this often, so an attack cannot flood the trail. */
    static final Duration RECORD_EVERY = Duration.ofMinutes(1);
    /** How often one instance removes rows that are over. */
    static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    private static final int TRIES = 3;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleaned = new AtomicReference<>(Instant.EPOCH);

    LoginAddresses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts a failure; true when this failure starts a block. */
    boolean failed(@Nullable String address) {
        if (address == null) {
            return false;
        }
        Instant now = clock.instant();
        cleanIfDue(now);
        String key = key(address);
        Timestamp at = Timestamp.from(now);
        Timestamp windowOver = Timestamp.from(now.minus(WINDOW));
        // the failures are counted from the old window_start before it moves (MySQL and MariaDB
        // assign ON DUPLICATE KEY UPDATE's columns from left to right)
        retrying(() -> jdbc.update("""
            INSERT INTO sign_in_address (address_key, failures, window_start) VALUES (?, 1, ?)
            ON DUPLICATE KEY UPDATE
                failures = CASE WHEN window_start IS NULL OR window_start <= ? THEN 1 ELSE failures + 1 END,
                window_start = CASE WHEN window_start IS NULL OR window_start <= ? THEN ? ELSE window_start END""", key, at, windowOver, windowOver, at));
        // only one of several concurrent failures can start the block: the others find it started
        int started = retrying(() -> jdbc.update("""
            UPDATE sign_in_address SET blocked_until = ?, failures = 0, window_start = NULL
            WHERE address_key = ? AND failures >= ? AND (blocked_until IS NULL OR blocked_until <= ?)""", Timestamp.from(now.plus(BLOCK_TIME)), key, MAX_FAILURES, at));
        return started > 0;
    }

    /** Until when this address may not try, or null when it may. */
    @Nullable
    Instant blockedUntil(@Nullable String address) {
        if (address == null) {
            return null;
        }
        List<Timestamp> until = jdbc.queryForList(
                "SELECT blocked_until FROM sign_in_address WHERE address_key = ? AND blocked_until > ?",
                Timestamp.class,
                key(address),
                Timestamp.from(clock.instant()));
        return until.isEmpty() ? null : until.get(0).toInstant();
    }

    public boolean isBlocked(@Nullable String address) {
        return blockedUntil(address) != null;
    }

    /** Whether a refusal of this blocked address should be written to the audit trail now. */
    boolean shouldRecordRefusal(String address) {
        Instant now = clock.instant();
        // the row exists while the address is blocked; the update matches only when it is time
        int due = retrying(
                () -> jdbc.update("""
            UPDATE sign_in_address SET refusal_recorded = ?
            WHERE address_key = ? AND (refusal_recorded IS NULL OR refusal_recorded <= ?)""", Timestamp.from(now), key(address), Timestamp.from(now.minus(RECORD_EVERY))));
        return due > 0;
    }

    /** Forgets an address (an admin's or a test's clean slate). */
    public void forget(String address) {
        jdbc.update("DELETE FROM sign_in_address WHERE address_key = ?", key(address));
    }

    /** Removes the rows whose window and block are over; answers how many. */
    int removeExpired() {
        Instant now = clock.instant();
        return jdbc.update("""
            DELETE FROM sign_in_address
            WHERE (window_start IS NULL OR window_start <= ?) AND (blocked_until IS NULL OR blocked_until <= ?)""", Timestamp.from(now.minus(WINDOW)), Timestamp.from(now));
    }

    private void cleanIfDue(Instant now) {
        Instant last = lastCleaned.get();
        if (last.plus(CLEAN_EVERY).isAfter(now) || !lastCleaned.compareAndSet(last, now)) {
            return;
        }
        removeExpired();
    }

    /** The stored form of an address: its SHA-256, in hex. */
    static String key(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    /** A statement that InnoDB may pick as a deadlock's victim is tried again. */
    private static int retrying(IntSupplier statement) {
        for (int attempt = 1; ; attempt++) {
            try {
                return statement.getAsInt();
            } catch (ConcurrencyFailureException ex) {
                if (attempt >= TRIES) {
                    throw ex;
                }
            }
        }
    }
}
