package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.NotFoundException;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.security.Role;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

/**
 * Every service method that takes a patient id answers a foreign patient exactly as it answers
 * an id that does not exist, and changes nothing.
 */
@IntegrationTest
class ProgramAccessIT {

    private static final long FORGED_ID = 987_654_321L;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    PatientService patientService;

    @Autowired
    ProgramService programService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository userAccounts;

    UserAccount owner;
    UserAccount otherTherapist;
    UserAccount patientAccount;
    long patientId;
    long templateId;
    PrescriptionDraft draft;

    record Call(String name, LongConsumer call) {}

    @BeforeEach
    void setUp() {
        owner = accounts.create(Role.THERAPIST);
        otherTherapist = accounts.create(Role.THERAPIST);
        patientId = fixtures.patientWithProgram(owner, "NECK_INJURY");
        templateId = fixtures.builtInTemplateId(owner);
        draft = accounts.as(owner, () -> programService.draft(patientId));
        // a patient account of the other therapist, signing in with its own login
        long otherPatient = fixtures.patientOf(otherTherapist).patient().getId();
        long otherPatientAccount =
                jdbc.queryForObject("SELECT account_id FROM patient WHERE id = ?", Long.class, otherPatient);
        patientAccount = userAccounts.findById(otherPatientAccount).orElseThrow();
    }

    List<Call> calls() {
        PatientForm form =
                new PatientForm("New", "Name", "ignored@test.example", null, "Europe/London", Set.of(), null);
        LocalDate day = LocalDate.now();
        return List.of(
                new Call("PatientService.get", id -> patientService.get(id)),
                new Call("PatientService.update", id -> patientService.update(id, 0, form)),
                new Call("PatientService.archive", id -> patientService.archive(id)),
                new Call("PatientService.restore", id -> patientService.restore(id)),
                new Call("PatientService.reassign", id -> patientService.reassign(id, otherTherapist.getId())),
                new Call("ProgramService.assign", id -> programService.assign(id, templateId, day)),
                new Call("ProgramService.overview", id -> programService.overview(id)),
                new Call("ProgramService.draft", id -> programService.draft(id)),
                new Call("ProgramService.save", id -> programService.save(id, draft)),
                new Call("ProgramService.advancePhase", id -> programService.advancePhase(id, day)),
                new Call("ProgramService.pause", id -> programService.pause(id, day, "Holiday")),
                new Call("ProgramService.resume", id -> programService.resume(id, day)),
                new Call("ProgramService.end", id -> programService.end(id, day)),
                new Call("ProgramService.planOn", id -> programService.planOn(id, day)),
                new Call("ProgramService.span", id -> programService.span(id)));
    }

    @Test
    void another_therapist_gets_the_same_not_found_for_a_real_patient_as_for_a_forged_id() {
        for (Call call : calls()) {
            Throwable onReal = catchThrowable(
                    () -> accounts.as(otherTherapist, () -> call.call().accept(patientId)));
            Throwable onForged = catchThrowable(
                    () -> accounts.as(otherTherapist, () -> call.call().accept(FORGED_ID)));
            assertSameRefusal(call, onReal, onForged);
            if (!call.name().equals("PatientService.reassign")) {
                assertThat(onReal)
                        .as(call.name())
                        .isInstanceOf(NotFoundException.class)
                        .hasMessage("Not found or not allowed.");
            }
        }
        assertNothingChanged();
    }

    @Test
    void a_patient_account_is_refused_alike_for_another_patient_and_a_forged_id() {
        for (Call call : calls()) {
            Throwable onReal = catchThrowable(
                    () -> accounts.as(patientAccount, () -> call.call().accept(patientId)));
            Throwable onForged = catchThrowable(
                    () -> accounts.as(patientAccount, () -> call.call().accept(FORGED_ID)));
            assertSameRefusal(call, onReal, onForged);
        }
        assertNothingChanged();
    }

    @Test
    void the_owner_reaches_the_same_methods_and_a_forged_id_stays_not_found_for_them() {
        assertThat(accounts.as(owner, () -> programService.overview(patientId))).isPresent();
        Throwable forged = catchThrowable(() -> accounts.as(owner, () -> programService.overview(FORGED_ID)));
        assertThat(forged).isInstanceOf(NotFoundException.class).hasMessage("Not found or not allowed.");
    }

    @Test
    void a_refused_access_is_recorded_in_the_audit_trail_without_revealing_it_to_the_caller() {
        Integer before = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSED' AND actor_id = ?",
                Integer.class,
                otherTherapist.getId());
        catchThrowable(() -> accounts.as(otherTherapist, () -> patientService.get(patientId)));
        Integer after = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSED' AND actor_id = ?",
                Integer.class,
                otherTherapist.getId());
        assertThat(after).isEqualTo(before + 1);
    }

    private static void assertSameRefusal(Call call, Throwable onReal, Throwable onForged) {
        assertThat(onReal)
                .as(call.name() + " on a patient not theirs")
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThat(onForged).as(call.name() + " on a forged id").isInstanceOf(onReal.getClass());
        assertThat(onForged.getMessage()).as(call.name()).isEqualTo(onReal.getMessage());
        assertThat(onReal.getMessage())
                .as(call.name() + " says nothing about the record")
                .isIn("Not found or not allowed.", "Access Denied");
    }

    private void assertNothingChanged() {
        Integer versions = jdbc.queryForObject("""
            SELECT COUNT(*) FROM prescription pr JOIN program p ON p.id = pr.program_id WHERE p.patient_id = ?""", Integer.class, patientId);
        assertThat(versions).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM program WHERE patient_id = ?", String.class, patientId))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject(
                        "SELECT archived_at IS NULL FROM patient WHERE id = ?", Boolean.class, patientId))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT therapist_id FROM patient WHERE id = ?", Long.class, patientId))
                .isEqualTo(owner.getId());
    }
}
