package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.InvalidInputException;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class ExerciseTranslationsIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    ExerciseTranslations translations;

    @Test
    void built_in_exercises_read_in_german_and_spanish_and_in_english_where_a_language_has_no_text() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        Exercise hang = byCode(therapist, "FORWARD_HANG");
        assertThat(translations.textsOf(List.of(hang), Locale.GERMAN).get(hang.getId()))
                .extracting(ExerciseText::name)
                .isEqualTo("Vorbeuge im Stehen");
        assertThat(translations
                        .textsOf(List.of(hang), Locale.of("es"))
                        .get(hang.getId())
                        .name())
                .isEqualTo("Flexión hacia delante de pie");
        assertThat(translations.textsOf(List.of(hang), Locale.FRENCH).get(hang.getId()))
                .isEqualTo(new ExerciseText(hang.getName(), hang.getInstructions(), hang.getCautions()));
    }

    @Test
    void a_therapist_adds_or_replaces_a_translation_and_a_patient_may_not() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount patient = accounts.create(Role.PATIENT);
        Exercise row = byCode(therapist, "BAND_ROW");
        ExerciseText before = translations.textsOf(List.of(row), Locale.GERMAN).get(row.getId());
        try {
            accounts.as(
                    therapist,
                    () -> translations.translate(row.getId(), Locale.GERMAN, "Rudern", "Ziehen Sie langsam.", " "));
            assertThat(translations.textsOf(List.of(row), Locale.GERMAN).get(row.getId()))
                    .isEqualTo(new ExerciseText("Rudern", "Ziehen Sie langsam.", null));
            assertThatThrownBy(() -> accounts.as(
                            patient, () -> translations.translate(row.getId(), Locale.GERMAN, "X", "Y", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.as(
                            therapist, () -> translations.translate(row.getId(), Locale.ENGLISH, "X", "Y", null)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> accounts.as(
                            therapist, () -> translations.translate(row.getId(), Locale.GERMAN, " ", "Y", null)))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            accounts.as(
                    therapist,
                    () -> translations.translate(
                            row.getId(), Locale.GERMAN, before.name(), before.instructions(), before.cautions()));
        }
    }

    private Exercise byCode(UserAccount therapist, String code) {
        return accounts.as(
                therapist,
                () -> library.byId().values().stream()
                        .filter(e -> e.getCode().equals(code))
                        .findFirst()
                        .orElseThrow());
    }
}
