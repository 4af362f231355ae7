package org.upright.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.program.ProgramFixtures;
import org.upright.program.ProgramService;
import org.upright.security.AccountPrincipal;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The tailoring form on the patient page, run server-side as the patient's therapist. */
@SpringBootTest
@ActiveProfiles("test")
class TailorDialogIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount therapist;
    long patientId;

    @BeforeEach
    void signInAsTherapistWithAPatient() {
        therapist = accounts.create(Role.THERAPIST);
        patientId = fixtures.patientWithProgram(therapist, "NECK_INJURY");
        AccountPrincipal principal = accounts.principal(therapist);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        contexts.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    private TailorDialog openTailor() {
        UI.getCurrent().navigate("patients/" + patientId);
        test(find(Button.class).withText("Tailor").single()).click();
        return find(TailorDialog.class).single();
    }

    @Test
    void the_form_offers_exactly_the_service_limits_and_the_next_monday() {
        TailorDialog dialog = openTailor();
        assertThat(dialog.walksPerDay.getMin()).isEqualTo(1);
        assertThat(dialog.walksPerDay.getMax()).isEqualTo(ProgramService.MAX_WALKS);
        assertThat(dialog.minutesPerWalk.getMax()).isEqualTo(240);
        assertThat(dialog.stretchSessions.getMin()).isZero();
        assertThat(dialog.stretchSessions.getMax()).isEqualTo(6);
        assertThat(dialog.effectiveFrom.getValue().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(dialog.exerciseRows)
                .filteredOn(r -> r.exercise.getName().equals("Chin to chest"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.included.isEnabled()).isFalse();
                    assertThat(row.included.getLabel()).endsWith("Left out: not suitable with neck injury");
                });
    }

    @Test
    void an_impossible_dose_is_shown_at_its_field_and_nothing_is_saved() {
        TailorDialog dialog = openTailor();
        // typed past the field's own bounds (the tester refuses that, a keyboard does not)
        dialog.minutesPerWalk.setValue(241);
        dialog.stretchSessions.setValue(7);
        test(dialog.save).click();

        assertThat(dialog.minutesPerWalk.isInvalid()).isTrue();
        assertThat(dialog.minutesPerWalk.getErrorMessage()).isEqualTo("Enter 1 to 240 minutes per walk.");
        assertThat(dialog.stretchSessions.getErrorMessage()).isEqualTo("Enter 0 to 6 stretch sessions a day.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void a_version_saved_by_someone_else_meanwhile_is_a_conflict_in_words_and_the_input_stays() {
        TailorDialog dialog = openTailor();
        test(dialog.minutesPerWalk).setValue(20);
        accounts.as(
                therapist,
                () -> programs.save(patientId, programs.draft(patientId).withWalking(2, 45)));

        test(dialog.save).click();

        assertThat(dialog.formError.isVisible()).isTrue();
        assertThat(dialog.formError.getText())
                .contains("Someone else saved a new version")
                .contains("Your changes are still in the form");
        assertThat(dialog.minutesPerWalk.getValue()).isEqualTo(20);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(versions()).isEqualTo(2);
    }

    private int versions() {
        return jdbc.queryForObject("""
            SELECT COUNT(*) FROM prescription pr JOIN program p ON p.id = pr.program_id WHERE p.patient_id = ?""", Integer.class, patientId);
    }
}
