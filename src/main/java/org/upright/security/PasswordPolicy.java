package org.upright.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * At least 12 characters, long passphrases welcome, and none of the passwords that attackers
 * try first (a list shipped with the app).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException ex) {
            throw new UncheckedIOException(new IOException("common-passwords.txt missing", ex));
        }
    }

    /** Why this password is refused, or empty when it is acceptable. */
    public Optional<String> problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few words make a good passphrase.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess.");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This is one of the most common passwords; choose another.");
        }
        return Optional.empty();
    }
}
