package org.upright.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, in memory: after {@link #MAX_FAILURES} failures from one
 * address within {@link #WINDOW}, that address may not try again for {@link #BLOCK_TIME}, whatever
 * account it names. This stops one machine from guessing passwords across many accounts, which
 * the per-account lock alone does not. Behind a reverse proxy the address is only right when
 * the proxy's forwarded headers are trusted (server.forward-headers-strategy, see the README).
 */
@Component
public class LoginAddresses {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration BLOCK_TIME = Duration.ofMinutes(15);
    /** Refusals of a blocked address are recorded at most this often, so an attack cannot flood the trail. */
    static final Duration RECORD_EVERY = Duration.ofMinutes(1);

    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    LoginAddresses(Clock clock) {
        this.clock = clock;
    }

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();

        @Nullable
        Instant blockedUntil;

        @Nullable
        Instant lastRecorded;
    }

    /** Counts a failure; true when this failure starts a block. */
    boolean failed(@Nullable String address) {
        if (address == null) {
            return false;
        }
        Instant now = clock.instant();
        if (entries.size() > MAX_ADDRESSES) {
            prune(now);
        }
        Entry entry = entries.computeIfAbsent(address, a -> new Entry());
        synchronized (entry) {
            while (!entry.failures.isEmpty() && entry.failures.peekFirst().isBefore(now.minus(WINDOW))) {
                entry.failures.pollFirst();
            }
            entry.failures.addLast(now);
            if (entry.failures.size() >= MAX_FAILURES && !isBlocked(entry, now)) {
                entry.blockedUntil = now.plus(BLOCK_TIME);
                entry.failures.clear();
                return true;
            }
            return false;
        }
    }

    /** Until when this address may not try, or null when it may. */
    @Nullable
    Instant blockedUntil(@Nullable String address) {
        if (address == null) {
            return null;
        }
        Entry entry = entries.get(address);
        if (entry == null) {
            return null;
        }
        synchronized (entry) {
            return isBlocked(entry, clock.instant()) ? entry.blockedUntil : null;
        }
    }

    public boolean isBlocked(@Nullable String address) {
        if (address == null) {
            return false;
        }
        Entry entry = entries.get(address);
        if (entry == null) {
            return false;
        }
        synchronized (entry) {
            return isBlocked(entry, clock.instant());
        }
    }

    /** Whether a refusal of this blocked address should be written to the audit trail now. */
    boolean shouldRecordRefusal(String address) {
        Entry entry = entries.get(address);
        if (entry == null) {
            return true;
        }
        Instant now = clock.instant();
        synchronized (entry) {
            if (entry.lastRecorded == null
                    || !entry.lastRecorded.plus(RECORD_EVERY).isAfter(now)) {
                entry.lastRecorded = now;
                return true;
            }
            return false;
        }
    }

    /** Forgets an address (an admin's or a test's clean slate). */
    public void forget(String address) {
        entries.remove(address);
    }

    private static boolean isBlocked(Entry entry, Instant now) {
        return entry.blockedUntil != null && entry.blockedUntil.isAfter(now);
    }

    private void prune(Instant now) {
        entries.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Entry entry = e.getValue();
                boolean recent =
                        !entry.failures.isEmpty() && entry.failures.peekLast().isAfter(now.minus(WINDOW));
                return !recent && !isBlocked(entry, now);
            }
        });
    }
}
