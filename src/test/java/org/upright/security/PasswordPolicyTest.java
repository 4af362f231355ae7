package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.upright.base.MessageBundles;
import org.upright.base.Problem;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private static final MessageBundles BUNDLES = new MessageBundles();

    /** The reason as an English reader sees it. */
    private static String english(Problem problem) {
        return BUNDLES.text(Locale.ENGLISH, problem.key(), problem.argArray());
    }

    @Test
    void common_long_passwords_are_refused_whatever_their_case() {
        assertThat(policy.problem("Password2024"))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("common"));
        assertThat(policy.problem("QWERTYUIOP123")).isPresent();
        assertThat(policy.problem("iloveyou123456")).isPresent();
    }

    @Test
    void short_passwords_are_refused_and_long_passphrases_accepted() {
        assertThat(policy.problem("short pass"))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("12"));
        assertThat(policy.problem("maple river lantern 42")).isEmpty();
        assertThat(policy.problem("a".repeat(PasswordPolicy.MAX_LENGTH + 1))).isPresent();
    }

    @Test
    void the_users_email_name_the_demo_password_and_predictable_patterns_are_refused_with_the_reason() {
        String email = "marguerite.okafor@clinic.example";
        String name = "Marguerite Okafor";
        assertThat(policy.problem("marguerite.okafor2026", email, name))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("email"));
        assertThat(policy.problem("okafor-sunny-days", email, "Someone Else"))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("email"));
        assertThat(policy.problem("Marguerite Okafor!", "m.o@clinic.example", name))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("name"));
        assertThat(policy.problem(PasswordPolicy.DEMO_PASSWORD, email, name))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("demo"));
        assertThat(policy.problem("abcdabcdabcd"))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("repeats"));
        assertThat(policy.problem("12345678901a"))
                .hasValueSatisfying(m -> assertThat(english(m)).contains("123456"));
        assertThat(policy.problem("maple river lantern 42", email, name)).isEmpty();
    }

    @Test
    void the_shipped_list_of_common_and_breached_passwords_has_at_least_100000_entries() throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(
                PasswordPolicy.class.getResourceAsStream("/common-passwords.txt.gz"))) {
            long lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .count();
            assertThat(lines).isGreaterThanOrEqualTo(100_000);
        }
        // long entries from deep in the list are refused too
        assertThat(policy.problem("qwertyuiop123")).isPresent();
        assertThat(policy.problem("correcthorsebatterystaple")).isPresent();
    }
}
