package org.upright.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.upright.base.Problem;

/**
 * At least 12 characters, long passphrases welcome; none of the passwords attackers try first:
 * those on a shipped list of common and breached passwords (see common-passwords.NOTICE.txt),
 * the demo's published password, repeated or sequential patterns, and the user's own email or name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The password of the demo accounts, published in the README: nobody may choose it. */
    public static final String DEMO_PASSWORD = "upright-demo-2026";

    private static final int MIN_NAME_PART = 4;

    private final Set<String> common;

    PasswordPolicy() {
        // loaded once; only entries long enough to pass the length rule can matter
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt.gz")) {
            if (raw == null) {
                throw new IOException("common-passwords.txt.gz missing");
            }
            try (var reader =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                common = reader.lines()
                        .map(s -> normalise(s.strip()))
                        .filter(s -> s.length() >= MIN_LENGTH)
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Why this password is refused, or empty when it is acceptable. */
    public Optional<Problem> problem(String password) {
        return problem(password, null, null);
    }

    /** Why this password is refused for the account with this email and name, or empty when it is acceptable. */
    public Optional<Problem> problem(String password, @Nullable String email, @Nullable String name) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.of("security.error.password.too-short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.of("security.error.password.too-long", MAX_LENGTH));
        }
        String lower = normalise(password);
        if (lower.isBlank() || lower.chars().distinct().count() < 4) {
            return Optional.of(Problem.of("security.error.password.too-few-characters"));
        }
        if (isRepetition(lower)) {
            return Optional.of(Problem.of("security.error.password.repeats"));
        }
        if (longestRun(lower) * 2 >= lower.length()) {
            return Optional.of(Problem.of("security.error.password.run"));
        }
        if (lower.equals(normalise(DEMO_PASSWORD))) {
            return Optional.of(Problem.of("security.error.password.demo"));
        }
        if (common.contains(lower)) {
            return Optional.of(Problem.of("security.error.password.common"));
        }
        if (email != null && containsEmail(lower, email)) {
            return Optional.of(Problem.of("security.error.password.has-email"));
        }
        if (name != null && containsName(lower, name)) {
            return Optional.of(Problem.of("security.error.password.has-name"));
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The whole password is one shorter piece said again and again, such as abcdabcdabcd. */
    private static boolean isRepetition(String text) {
        int length = text.length();
        for (int unit = 1; unit <= length / 2; unit++) {
            if (length % unit == 0
                    && text.substring(0, unit).repeat(length / unit).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The longest stretch of characters each one up or one down from the one before (1234, fedc). */
    private static int longestRun(String text) {
        int longest = 1;
        int run = 1;
        int step = 0;
        for (int i = 1; i < text.length(); i++) {
            int diff = text.charAt(i) - text.charAt(i - 1);
            if ((diff == 1 || diff == -1) && (run == 1 || diff == step)) {
                run++;
                step = diff;
            } else if (diff == 1 || diff == -1) {
                run = 2;
                step = diff;
            } else {
                run = 1;
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static boolean containsEmail(String password, String email) {
        String local = normalise(email.strip());
        int at = local.indexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        if (local.length() >= 3 && password.contains(local)) {
            return true;
        }
        return Arrays.stream(local.split("[._+\\-]+"))
                .filter(part -> part.length() >= MIN_NAME_PART)
                .anyMatch(password::contains);
    }

    private static boolean containsName(String password, String name) {
        String lower = normalise(name.strip());
        String joined = lower.replaceAll("\\s+", "");
        if (joined.length() >= 3 && password.replaceAll("\\s+", "").contains(joined)) {
            return true;
        }
        return Arrays.stream(lower.split("[\\s\\p{Punct}]+"))
                .filter(part -> part.length() >= MIN_NAME_PART)
                .anyMatch(password::contains);
    }
}
