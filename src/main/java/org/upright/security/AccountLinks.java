package org.upright.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of account_link: invitation and reset links, their tokens kept only as SHA-256 hashes. */
@Component
class AccountLinks {

    enum Purpose {
        INVITATION,
        RESET
    }

    record Link(
            long id,
            long accountId,
            Purpose purpose,
            @Nullable Instant expiresAt,
            @Nullable Instant usedAt) {}

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    AccountLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A link asked for now; its token is made when the message is sent. */
    long request(long accountId, Purpose purpose, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO account_link (account_id, purpose, requested_at) VALUES (?, ?, ?)",
                            new String[] {"id"});
                    statement.setLong(1, accountId);
                    statement.setString(2, purpose.name());
                    statement.setTimestamp(3, Timestamp.from(now));
                    return statement;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** Links of this purpose the account asked for since then. */
    int requestedSince(long accountId, Purpose purpose, Instant since) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM account_link WHERE account_id = ? AND purpose = ? AND requested_at > ?",
                Integer.class,
                accountId,
                purpose.name(),
                Timestamp.from(since));
        return n == null ? 0 : n;
    }

    /**
     * Makes a fresh token for an unused link, valid until {@code expires}, and answers it; a token made
     * before for the same link (an earlier attempt to send it) stops working. Empty when the link is
     * used or gone.
     */
    Optional<String> issue(long linkId, Instant now, Instant expires) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        int issued = jdbc.update(
                "UPDATE account_link SET token_hash = ?, issued_at = ?, expires_at = ? WHERE id = ? AND used_at IS NULL",
                hash(token),
                Timestamp.from(now),
                Timestamp.from(expires),
                linkId);
        return issued == 1 ? Optional.of(token) : Optional.empty();
    }

    /** The link of this token, locked until the transaction ends when {@code lock}. */
    Optional<Link> find(String token, boolean lock) {
        return jdbc
                .query(
                        "SELECT id, account_id, purpose, expires_at, used_at FROM account_link WHERE token_hash = ?"
                                + (lock ? " FOR UPDATE" : ""),
                        (rs, i) -> new Link(
                                rs.getLong("id"),
                                rs.getLong("account_id"),
                                Purpose.valueOf(rs.getString("purpose")),
                                instant(rs.getTimestamp("expires_at")),
                                instant(rs.getTimestamp("used_at"))),
                        hash(token))
                .stream()
                .findFirst();
    }

    /** Uses up every open link of the account: one new password ends them all. */
    void useAll(long accountId, Instant now) {
        jdbc.update(
                "UPDATE account_link SET used_at = ? WHERE account_id = ? AND used_at IS NULL",
                Timestamp.from(now),
                accountId);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
