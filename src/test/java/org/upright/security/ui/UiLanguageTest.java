package org.upright.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.upright.base.MessageBundles;

class UiLanguageTest {

    private static final Locale SPANISH = Locale.of("es");

    @Test
    void the_users_choice_wins_over_the_browser() {
        assertThat(UiLanguage.pick(Optional.of(SPANISH), List.of(Locale.GERMANY), false))
                .isEqualTo(SPANISH);
    }

    @Test
    void without_a_choice_the_first_browser_language_the_app_speaks_is_taken() {
        assertThat(UiLanguage.pick(Optional.empty(), List.of(Locale.forLanguageTag("fr-FR"), Locale.GERMANY), false))
                .isEqualTo(Locale.GERMAN);
        assertThat(UiLanguage.pick(Optional.empty(), List.of(Locale.forLanguageTag("es-MX")), false))
                .isEqualTo(SPANISH);
    }

    @Test
    void english_when_nothing_matches() {
        assertThat(UiLanguage.pick(Optional.empty(), List.of(Locale.JAPANESE), false))
                .isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.pick(Optional.empty(), List.of(), false)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_pseudo_locale_only_when_switched_on() {
        assertThat(UiLanguage.pick(Optional.empty(), List.of(MessageBundles.PSEUDO), true))
                .isEqualTo(MessageBundles.PSEUDO);
        assertThat(UiLanguage.pick(Optional.empty(), List.of(MessageBundles.PSEUDO), false))
                .isEqualTo(Locale.ENGLISH);
    }
}
