package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class TemplateEditIT {

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

    UserAccount therapist;
    Map<String, Long> ids;
    ProgramTemplate copy;

    @BeforeEach
    void aClinicCopyOfTheBuiltInTemplate() {
        therapist = accounts.create(Role.THERAPIST);
        ids = accounts.as(therapist, () -> exerciseLibrary.all()).stream()
                .collect(java.util.stream.Collectors.toMap(Exercise::getCode, Exercise::getId));
        long builtInId = fixtures.builtInTemplateId(therapist);
        copy = accounts.as(
                therapist,
                () -> templateService.duplicate(
                        new TemplateCopy(builtInId, "Edited copy " + System.nanoTime(), List.of())));
    }

    @Test
    void a_patient_assigned_after_the_edit_gets_exactly_the_new_phase_2_exercises_and_doses() {
        TemplateExercises edit = new TemplateExercises(
                copy.getId(),
                List.of(new TemplateExercises.Phase(
                        2, List.of(item("BAND_ROW", 5, 12, 2), item("FORWARD_HANG", 45, 3, 1)))));
        accounts.as(therapist, () -> templateService.editExercises(edit));

        long patientId = fixtures.patientOf(therapist).patient().getId();
        LocalDate start = LocalDate.now().minusDays(7);
        accounts.as(therapist, () -> programs.assign(patientId, copy.getId(), start));
        Prescription phase2 = accounts.as(therapist, () -> programs.advancePhase(patientId, start.plusDays(7)));

        assertThat(phase2.getPhase()).isEqualTo(2);
        assertThat(phase2.getExercises())
                .extracting(
                        PrescriptionExercise::getExerciseId,
                        PrescriptionExercise::getHoldSeconds,
                        PrescriptionExercise::getReps,
                        PrescriptionExercise::getSets)
                .containsExactly(tuple(ids.get("BAND_ROW"), 5, 12, 2), tuple(ids.get("FORWARD_HANG"), 45, 3, 1));
        ProgramTemplate reread = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(t -> t.getId() == copy.getId())
                .findFirst()
                .orElseThrow();
        assertThat(reread.phase(3).getExercises())
                .as("phase 3 was not in the edit")
                .hasSize(4);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'TEMPLATE_SAVED' "
                                + "AND entity_id = ? AND detail LIKE 'exercises of %'",
                        Integer.class, copy.getId()))
                .isEqualTo(1);
    }

    @Test
    void a_built_in_template_cannot_be_edited() {
        long builtInId = fixtures.builtInTemplateId(therapist);
        Throwable refused = catchThrowable(() -> accounts.as(
                therapist,
                () -> templateService.editExercises(
                        new TemplateExercises(builtInId, List.of(new TemplateExercises.Phase(2, List.of()))))));
        assertThat(EnglishErrors.of((InvalidInputException) refused).get("template"))
                .startsWith("Built-in templates cannot be changed.");
        ProgramTemplate builtIn = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(t -> t.getId() == builtInId)
                .findFirst()
                .orElseThrow();
        assertThat(builtIn.phase(2).getExercises()).hasSize(3);
    }

    @Test
    void impossible_doses_a_repeated_exercise_and_a_walk_are_refused_at_their_fields_and_nothing_changes() {
        long row = ids.get("BAND_ROW");
        Throwable refused = catchThrowable(() -> accounts.as(
                therapist,
                () -> templateService.editExercises(new TemplateExercises(
                        copy.getId(),
                        List.of(
                                new TemplateExercises.Phase(
                                        2, List.of(item("BAND_ROW", 0, 101, 21), item("BAND_ROW", 5, 5, 1))),
                                new TemplateExercises.Phase(3, List.of(item("WALK", null, null, null))))))));
        Map<String, String> errors = EnglishErrors.of((InvalidInputException) refused);
        assertThat(errors)
                .containsKeys(
                        TemplateExercises.field(2, row, "holdSeconds"),
                        TemplateExercises.field(2, row, "reps"),
                        TemplateExercises.field(2, row, "sets"));
        assertThat(errors.get(TemplateExercises.field(2))).contains("more than once");
        assertThat(errors.get(TemplateExercises.field(3))).contains("is a walk");
        ProgramTemplate reread = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(t -> t.getId() == copy.getId())
                .findFirst()
                .orElseThrow();
        assertThat(reread.phase(2).getExercises()).hasSize(3);
    }

    @Test
    void a_patient_cannot_edit_a_template() {
        UserAccount patient = accounts.create(Role.PATIENT);
        assertThatThrownBy(() -> accounts.as(
                        patient,
                        () -> templateService.editExercises(new TemplateExercises(
                                copy.getId(), List.of(new TemplateExercises.Phase(2, List.of()))))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private TemplateExercises.Item item(String code, Integer hold, Integer reps, Integer sets) {
        return new TemplateExercises.Item(ids.get(code), hold, reps, sets);
    }
}
