package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class LibraryIT {

    @Autowired
    org.upright.program.ExerciseLibrary exerciseLibrary;

    @Autowired
    org.upright.program.TemplateService templateService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramService programs;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_built_in_template_has_three_phases_and_chin_to_chest_conflicts_with_a_neck_injury() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        ProgramTemplate builtIn = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(ProgramTemplate::isBuiltIn)
                .findFirst()
                .orElseThrow();
        assertThat(builtIn.getPhases())
                .extracting(TemplatePhase::getName)
                .containsExactly("Walking base", "Gentle stretches", "Strengthening");
        Exercise chin = accounts.as(therapist, () -> exerciseLibrary.all()).stream()
                .filter(e -> e.getName().equals("Chin to chest"))
                .findFirst()
                .orElseThrow();
        assertThat(chin.getContraindications()).containsExactly("NECK_INJURY");
        assertThat(chin.getIcon()).startsWith("vaadin:");
        // every icon is one the Vaadin icon set has, so none shows up empty
        java.util.Set<String> known = java.util.Arrays.stream(com.vaadin.flow.component.icon.VaadinIcon.values())
                .map(i -> "vaadin:" + i.name().toLowerCase().replace('_', '-'))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(accounts.as(therapist, () -> exerciseLibrary.all()))
                .extracting(Exercise::getIcon)
                .allSatisfy(icon -> assertThat(known).contains(icon));
    }

    @Test
    void a_clinic_exercise_is_added_with_its_contraindications_and_audited() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String name = "Thoracic rotation " + System.nanoTime();
        Exercise added = accounts.as(
                therapist,
                () -> exerciseLibrary.add(new ExerciseForm(
                        name,
                        ExerciseKind.STRETCH,
                        "Sit tall and turn your upper body slowly to one side.",
                        null,
                        10,
                        5,
                        1,
                        null,
                        Set.of("SHOULDER_INJURY"))));

        assertThat(added.getCode()).startsWith("C_THORACIC_ROTATION");
        assertThat(added.isBuiltIn()).isFalse();
        assertThat(accounts.as(therapist, () -> exerciseLibrary.all()))
                .extracting(Exercise::getName)
                .contains(name);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EXERCISE_SAVED' AND entity_id = ?",
                        Integer.class,
                        added.getId()))
                .isEqualTo(1);
        long patientId =
                fixtures.patientOf(therapist, "SHOULDER_INJURY").patient().getId();
        assertThat(added.getContraindications()).containsExactly("SHOULDER_INJURY");
        assertThat(patientId).isPositive();
    }

    @Test
    void an_exercise_without_name_or_instructions_or_with_impossible_doses_is_refused_at_its_fields() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        Throwable refused = catchThrowable(() -> accounts.as(
                therapist,
                () -> exerciseLibrary.add(new ExerciseForm(" ", null, "", null, 0, 101, 21, 241, Set.of("NOPE")))));
        assertThat(((InvalidInputException) refused).fieldErrors())
                .containsKeys(
                        "name",
                        "kind",
                        "instructions",
                        "defaultHoldSeconds",
                        "defaultReps",
                        "defaultSets",
                        "defaultMinutes",
                        "contraindications");
    }

    @Test
    void a_duplicated_template_keeps_the_exercises_with_its_own_doses_and_the_original_is_unchanged() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long builtInId = fixtures.builtInTemplateId(therapist);
        String name = "Gentle start " + System.nanoTime();
        ProgramTemplate copy = accounts.as(
                therapist,
                () -> templateService.duplicate(
                        new TemplateCopy(builtInId, name, List.of(new TemplateCopy.PhaseDose(1, 10, 3, 15, 0, 0)))));

        ProgramTemplate reread = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(t -> t.getId() == copy.getId())
                .findFirst()
                .orElseThrow();
        assertThat(reread.isBuiltIn()).isFalse();
        assertThat(reread.phase(1).getMinutesPerWalk()).isEqualTo(15);
        assertThat(reread.phase(1).getMinDays()).isEqualTo(10);
        assertThat(reread.phase(2).getExercises()).hasSize(3);
        ProgramTemplate original = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(t -> t.getId() == builtInId)
                .findFirst()
                .orElseThrow();
        assertThat(original.phase(1).getMinutesPerWalk()).isEqualTo(30);

        assertThatThrownBy(() -> accounts.as(
                        therapist,
                        () -> templateService.duplicate(new TemplateCopy(
                                builtInId,
                                name.toUpperCase(),
                                List.of(new TemplateCopy.PhaseDose(1, 7, 0, 241, 7, 0))))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors())
                        .containsKeys(
                                "name", "phase1.walksPerDay", "phase1.minutesPerWalk", "phase1.stretchSessionsPerDay"));
    }

    @Test
    void a_patient_cannot_change_the_library() {
        UserAccount patient = accounts.create(Role.PATIENT);
        assertThatThrownBy(() -> accounts.as(
                        patient,
                        () -> exerciseLibrary.add(new ExerciseForm(
                                "X", ExerciseKind.WALK, "Walk", null, null, null, null, 10, Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
