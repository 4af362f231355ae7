package org.upright.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.program.ExerciseForm;
import org.upright.program.ExerciseKind;
import org.upright.program.ProgramService;
import org.upright.program.TemplateCopy;
import org.upright.security.AccountService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** Names that show as nothing, or hide reversed text, are refused wherever a name is typed. */
@IntegrationTest
class NamesThatLookEmptyIT {

    @Autowired
    org.upright.program.ExerciseLibrary exerciseLibrary;

    @Autowired
    org.upright.program.TemplateService templateService;

    /** Zero-width space, no-break space, braille blank, Hangul filler, a lone right-to-left override. */
    static final List<String> LOOK_EMPTY =
            List.of("\u200B", "\u00A0", "\u2800", "\u3164", "\u202E", "Ann\u202Eaxe", "Bo\u200Bb");

    @Autowired
    TestAccounts accounts;

    @Autowired
    PatientService patients;

    @Autowired
    AccountService accountService;

    @Autowired
    ProgramService programs;

    @Test
    void patients_staff_exercises_and_templates_refuse_them_at_the_name_field() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount admin = accounts.create(Role.ADMIN);
        long template =
                accounts.as(therapist, () -> templateService.templates().get(0).getId());
        for (String name : LOOK_EMPTY) {
            assertThat(refusedField(() -> accounts.as(
                            therapist,
                            () -> patients.create(new PatientForm(
                                    name,
                                    "Fine",
                                    "p" + System.nanoTime() + "@test.example",
                                    LocalDate.of(1980, 1, 1),
                                    "Europe/Berlin",
                                    Set.of(),
                                    null)))))
                    .as("patient named %s", escaped(name))
                    .containsKey("givenName");
            assertThat(refusedField(() -> accounts.as(
                            admin,
                            () -> accountService.createStaff(
                                    "s" + System.nanoTime() + "@test.example",
                                    name,
                                    Role.THERAPIST,
                                    "a quiet lantern over seven hills"))))
                    .as("staff named %s", escaped(name))
                    .containsKey("displayName");
            assertThat(refusedField(() -> accounts.as(
                            therapist,
                            () -> exerciseLibrary.add(new ExerciseForm(
                                    name, ExerciseKind.STRETCH, "Reach up slowly.", null, 10, 3, 1, null, Set.of())))))
                    .as("exercise named %s", escaped(name))
                    .containsKey("name");
            assertThat(refusedField(() -> accounts.as(
                            therapist, () -> templateService.duplicate(new TemplateCopy(template, name, List.of())))))
                    .as("template named %s", escaped(name))
                    .containsKey("name");
        }
    }

    @Test
    void names_are_stored_in_nfc_with_plain_spaces_and_letters_of_any_script_are_welcome() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        var created = accounts.as(
                therapist,
                () -> patients.create(new PatientForm(
                        "Jose\u0301\u00A0Mari\u0301a",
                        "\u674E",
                        "n" + System.nanoTime() + "@test.example",
                        null,
                        "Europe/Berlin",
                        Set.of(),
                        null)));

        assertThat(created.patient().getGivenName()).isEqualTo("Jos\u00E9 Mar\u00EDa");
        assertThat(created.patient().getFamilyName()).isEqualTo("\u674E");
    }

    private static java.util.Map<String, String> refusedField(Runnable action) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, action::run);
        return refused == null ? java.util.Map.of() : EnglishErrors.of(refused);
    }

    private static String escaped(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> sb.append(String.format("U+%04X ", c)));
        return sb.toString();
    }
}
