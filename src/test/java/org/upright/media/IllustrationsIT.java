package org.upright.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.MessageBundles;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;
import org.upright.security.Role;

/** Every built-in exercise of the library has a light line drawing with a text alternative in each language. */
@IntegrationTest
class IllustrationsIT {

    /** What the drawings may use: what the PDF handout knows how to draw. */
    static final Set<String> DRAWN = Set.of("svg", "line", "polyline", "circle", "path");

    @Autowired
    ExerciseLibrary library;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MessageBundles bundles;

    @Test
    void each_built_in_exercise_has_an_illustration_under_4_kb_with_alt_text_in_english_german_and_spanish() {
        List<Exercise> builtIn = accounts.as(accounts.create(Role.ADMIN), () -> library.all()).stream()
                .filter(Exercise::isBuiltIn)
                .toList();
        assertThat(builtIn)
                .extracting(Exercise::getCode)
                .contains("WALK", "FORWARD_HANG", "SUPPORTED_HANG", "CHIN_TO_CHEST");

        for (Exercise exercise : builtIn) {
            String code = exercise.getCode();
            String svg = Illustrations.svg(code).orElseThrow(() -> new AssertionError(code + " has no illustration"));
            assertThat(svg.getBytes(StandardCharsets.UTF_8).length).as(code).isLessThan(4096);
            assertThat(svg).as(code).contains("viewBox=\"0 0 240 140\"").doesNotContain("<script", "<text", "href");
            Matcher tags = Pattern.compile("<([a-z]+)").matcher(svg);
            while (tags.find()) {
                assertThat(DRAWN).as(code + " uses <" + tags.group(1) + ">").contains(tags.group(1));
            }
            String english = bundles.text(Locale.ENGLISH, Illustrations.altKey(code));
            assertThat(english).as(code).doesNotStartWith("!").hasSizeGreaterThan(20);
            assertThat(bundles.text(Locale.GERMAN, Illustrations.altKey(code)))
                    .as(code)
                    .isNotEqualTo(english);
            assertThat(bundles.text(Locale.of("es"), Illustrations.altKey(code)))
                    .as(code)
                    .isNotEqualTo(english);
        }
    }

    @Test
    void a_clinic_exercise_or_an_odd_code_has_no_illustration() {
        assertThat(Illustrations.svg("MY_OWN_STRETCH")).isEmpty();
        assertThat(Illustrations.svg("../application")).isEmpty();
    }
}
