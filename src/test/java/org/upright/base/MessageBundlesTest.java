package org.upright.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final MessageBundles bundles = new MessageBundles("classpath*:i18n-sample/*.properties");

    @Test
    void a_plural_follows_the_count_in_each_language() {
        assertThat(bundles.text(Locale.ENGLISH, "demo.walks", 1, 30)).isEqualTo("1 walk of 30 min");
        assertThat(bundles.text(Locale.ENGLISH, "demo.walks", 2, 30)).isEqualTo("2 walks of 30 min");
        assertThat(bundles.text(Locale.GERMAN, "demo.walks", 1, 30)).isEqualTo("1 Spaziergang zu je 30 Min.");
        assertThat(bundles.text(Locale.GERMAN, "demo.walks", 3, 30)).isEqualTo("3 Spaziergänge zu je 30 Min.");
    }

    @Test
    void a_missing_translation_falls_back_to_english_and_a_missing_key_shows_itself() {
        assertThat(bundles.text(Locale.GERMAN, "demo.only-en")).isEqualTo("Only English");
        assertThat(bundles.text(Locale.forLanguageTag("de-CH"), "demo.plain")).isEqualTo("Nicht vergessen");
        assertThat(bundles.text(Locale.ENGLISH, "demo.nothing")).isEqualTo("!demo.nothing!");
    }

    @Test
    void an_apostrophe_is_plain_text_with_or_without_parameters() {
        assertThat(bundles.text(Locale.ENGLISH, "demo.plain")).isEqualTo("Don't forget");
        assertThat(bundles.keys("de")).containsExactly("demo.plain", "demo.walks");
    }
}
