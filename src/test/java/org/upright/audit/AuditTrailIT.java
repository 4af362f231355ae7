package org.upright.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.base.NotFoundException;
import org.upright.patient.PatientService;
import org.upright.program.PrescriptionDraft;
import org.upright.program.ProgramService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Autowired
    PatientService patientService;

    @Autowired
    ProgramService programService;

    @Autowired
    AuditService auditService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void opening_a_patient_and_editing_the_prescription_leave_audit_rows_that_nobody_can_change_or_delete() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long patientId = testPatients
                .create(therapist, "Audra", "Trail", "likes mornings")
                .patient()
                .getId();
        testPatients.assignProgram(therapist, patientId);

        accounts.as(therapist, () -> {
            patientService.get(patientId);
            PrescriptionDraft draft = programService.draft(patientId);
            programService.save(patientId, draft.withWalking(3, 15));
        });

        List<String> actions = jdbc.queryForList(
                "SELECT action FROM audit_event WHERE patient_id = ? AND actor_id = ? ORDER BY id",
                String.class,
                patientId,
                therapist.getId());
        assertThat(actions).containsSubsequence("PATIENT_VIEWED", "PRESCRIPTION_SAVED");
        Long viewed = jdbc.queryForObject(
                "SELECT MAX(id) FROM audit_event WHERE patient_id = ? AND action = ?",
                Long.class,
                patientId,
                "PATIENT_VIEWED");
        String role = jdbc.queryForObject("SELECT actor_role FROM audit_event WHERE id = ?", String.class, viewed);
        assertThat(role).isEqualTo("THERAPIST");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET action = 'LOGIN' WHERE id = ?", viewed))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", viewed))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE patient_id = ?", patientId))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("SELECT action FROM audit_event WHERE id = ?", String.class, viewed))
                .isEqualTo("PATIENT_VIEWED");
    }

    @Test
    void no_service_offers_a_way_to_change_or_delete_audit_events() {
        for (Class<?> type : List.of(AuditLog.class, AuditService.class)) {
            List<String> publicMethods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .map(Method::getName)
                    .toList();
            assertThat(publicMethods).noneMatch(name -> name.matches("(?i).*(update|delete|remove|edit|change|set).*"));
        }
    }

    @Test
    void refused_access_to_another_therapists_patient_is_recorded() {
        UserAccount owner = accounts.create(Role.THERAPIST);
        UserAccount other = accounts.create(Role.THERAPIST);
        long patientId = testPatients.create(owner, "Refu", "Sed", "").patient().getId();

        assertThatThrownBy(() -> accounts.as(other, () -> patientService.get(patientId)))
                .isInstanceOf(NotFoundException.class);

        Integer refused = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSED' "
                        + "AND actor_id = ? AND entity = 'patient' AND entity_id = ?",
                Integer.class,
                other.getId(),
                patientId);
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void admins_filter_the_trail_by_user_patient_action_and_period_newest_first() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long patientId =
                testPatients.create(therapist, "Fil", "Ter", "").patient().getId();
        accounts.as(therapist, () -> {
            patientService.get(patientId);
            patientService.get(patientId);
        });

        List<AuditEvent> mine = accounts.as(
                admin,
                () -> auditService.find(
                        new AuditFilter(
                                therapist.getEmail().substring(0, 12).toUpperCase(), patientId, null, null, null),
                        0,
                        50));
        assertThat(mine)
                .extracting(AuditEvent::action)
                .containsExactly("PATIENT_VIEWED", "PATIENT_VIEWED", "PATIENT_CREATED");
        assertThat(mine.get(0).id()).isGreaterThan(mine.get(1).id());
        assertThat(mine).allMatch(e -> therapist.getEmail().equals(e.actorEmail()));

        AuditFilter viewedToday = new AuditFilter(
                null,
                patientId,
                AuditAction.PATIENT_VIEWED,
                LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1),
                LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(accounts.as(admin, () -> auditService.count(viewedToday))).isEqualTo(2);
        assertThat(accounts.as(admin, () -> auditService.find(viewedToday, 1, 10)))
                .hasSize(1);
        AuditFilter longAgo =
                new AuditFilter(null, patientId, null, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2));
        assertThat(accounts.as(admin, () -> auditService.count(longAgo))).isZero();
    }

    @Test
    void only_admins_read_the_trail() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> accounts.as(therapist, () -> auditService.count(AuditFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
