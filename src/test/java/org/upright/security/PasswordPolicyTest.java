package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void common_long_passwords_are_refused_whatever_their_case() {
        assertThat(policy.problem("Password2024"))
                .hasValueSatisfying(m -> assertThat(m).contains("common"));
        assertThat(policy.problem("QWERTYUIOP123")).isPresent();
        assertThat(policy.problem("iloveyou123456")).isPresent();
    }

    @Test
    void short_passwords_are_refused_and_long_passphrases_accepted() {
        assertThat(policy.problem("short pass"))
                .hasValueSatisfying(m -> assertThat(m).contains("12"));
        assertThat(policy.problem("maple river lantern 42")).isEmpty();
        assertThat(policy.problem("a".repeat(PasswordPolicy.MAX_LENGTH + 1))).isPresent();
    }
}
