package org.upright.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditFilter;
import org.upright.patient.PatientService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class AuditTrailNamesIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Autowired
    PatientService patients;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_trail_names_people_as_they_are_now_an_erased_one_as_erased_and_keeps_only_ids_itself() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount from = accounts.create(Role.THERAPIST);
        UserAccount to = accounts.create(Role.THERAPIST);
        String unique = Long.toString(System.nanoTime(), 36);
        long patientId = testPatients
                .create(from, "Audra", "Named" + unique, "")
                .patient()
                .getId();
        accounts.as(admin, () -> patients.reassign(patientId, to.getId()));
        AuditFilter reassigned = new AuditFilter(null, patientId, AuditAction.PATIENT_REASSIGNED, null, null);

        AuditTrail.Line line = accounts.as(admin, () -> trail.page(reassigned, 0, 10, Locale.ENGLISH))
                .get(0);
        assertThat(line.actor()).isEqualTo(admin.getDisplayName());
        assertThat(line.patient()).isEqualTo("Audra Named" + unique);
        assertThat(line.detail())
                .isEqualTo("from therapist " + from.getDisplayName() + " to therapist " + to.getDisplayName());
        // the append-only table itself holds ids, never names
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE id = ?",
                        String.class,
                        line.event().id()))
                .isEqualTo("from therapist " + from.getId() + " to therapist " + to.getId());

        accounts.as(admin, () -> patients.erase(patientId));
        AuditTrail.Line after = accounts.as(admin, () -> trail.page(reassigned, 0, 10, Locale.ENGLISH))
                .get(0);
        assertThat(after.patient()).isEqualTo("erased account");
        assertThat(accounts.as(admin, () -> trail.page(reassigned, 0, 10, Locale.GERMAN))
                        .get(0)
                        .patient())
                .isEqualTo("gelöschtes Konto");
    }

    @Test
    void an_admin_exports_the_filtered_rows_as_csv_with_names_and_the_export_is_audited_a_therapist_cannot() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount from = accounts.create(Role.THERAPIST);
        UserAccount to = accounts.create(Role.THERAPIST);
        String unique = Long.toString(System.nanoTime(), 36);
        long patientId = testPatients
                .create(from, "Cass", "Exported" + unique, "")
                .patient()
                .getId();
        accounts.as(admin, () -> patients.reassign(patientId, to.getId()));
        AuditFilter ofPatient = new AuditFilter(null, patientId, null, null, null);
        int before = exports(admin);

        String csv = new String(accounts.as(admin, () -> trail.csv(ofPatient, Locale.ENGLISH)), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("when_utc,user,user_email,role,action,patient_id,patient,record,record_id,detail");
        // only this patient's rows, newest first: the reassignment comes before the creation
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",")[5].equals(String.valueOf(patientId)));
        String reassignment = lines.stream()
                .filter(l -> l.contains("PATIENT_REASSIGNED"))
                .findFirst()
                .orElseThrow();
        assertThat(reassignment)
                .contains("Cass Exported" + unique, admin.getEmail())
                .contains("from therapist " + from.getDisplayName() + " to therapist " + to.getDisplayName());
        assertThat(lines.indexOf(reassignment))
                .isLessThan(lines.indexOf(lines.stream()
                        .filter(l -> l.contains("PATIENT_CREATED"))
                        .findFirst()
                        .orElseThrow()));
        assertThat(exports(admin)).isEqualTo(before + 1);

        assertThatThrownBy(() -> accounts.as(from, () -> trail.csv(ofPatient, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exports(admin)).isEqualTo(before + 1);
    }

    private int exports(UserAccount admin) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_EXPORTED' AND actor_id = ?",
                Integer.class,
                admin.getId());
        return n == null ? 0 : n;
    }
}
