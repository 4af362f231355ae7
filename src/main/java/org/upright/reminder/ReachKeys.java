package org.upright.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys made once, at the first start that needs them, and kept in the database (reach_key): never in
 * files or the repository. Two instances that make one at the same moment both end with the first
 * one stored (INSERT IGNORE, then read back).
 */
@Component
class ReachKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReachKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored value of {@code name}, made with {@code make} when there is none yet. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String key(String name, Supplier<String> make) {
        var stored = jdbc.queryForList("SELECT key_value FROM reach_key WHERE name = ?", String.class, name);
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        jdbc.update(
                "INSERT IGNORE INTO reach_key (name, key_value, created_at) VALUES (?, ?, ?)",
                name,
                make.get(),
                Timestamp.from(clock.instant()));
        return jdbc.queryForObject("SELECT key_value FROM reach_key WHERE name = ?", String.class, name);
    }
}
