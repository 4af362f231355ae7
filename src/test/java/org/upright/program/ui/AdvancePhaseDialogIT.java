package org.upright.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.TestAccounts;
import org.upright.base.LocalFormats;
import org.upright.program.PrescriptionDraft;
import org.upright.program.ProgramFixtures;
import org.upright.program.ProgramService;
import org.upright.security.AccountPrincipal;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** Advancing a phase and tailoring on the patient page say what will be in force, before anything is saved. */
@SpringBootTest
@ActiveProfiles("test")
class AdvancePhaseDialogIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Clock clock;

    UserAccount therapist;
    long patientId;
    LocalDate today;

    @BeforeEach
    void signInAsTherapistWithAPatient() {
        therapist = accounts.create(Role.THERAPIST);
        patientId = fixtures.patientWithProgram(therapist);
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
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

    @Test
    void the_preview_lists_the_changes_and_the_withdrawn_version_before_anything_is_saved() {
        LocalDate later = today.plusDays(10);
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        accounts.as(
                therapist,
                () -> programs.save(patientId, draft.withEffectiveFrom(later).withWalking(2, 45)));
        UI.getCurrent().navigate("patients/" + patientId);

        test(find(Button.class).withId("advance-phase").single()).click();
        String preview =
                find(Div.class).withId("advance-preview").single().getElement().getTextRecursively();

        assertThat(preview).contains("Phase: 1 → 2", "Stretch sessions a day: 0 → 1", "(phase 1) will not take effect");
        assertThat(accounts.as(therapist, () -> programs.overview(patientId))
                        .orElseThrow()
                        .program()
                        .getCurrentPhase())
                .as("nothing saved yet")
                .isEqualTo(1);

        test(find(Button.class).withId("advance-confirm").single()).click();
        assertThat(accounts.as(therapist, () -> programs.overview(patientId))
                        .orElseThrow()
                        .program()
                        .getCurrentPhase())
                .isEqualTo(2);
        assertThat(accounts.as(therapist, () -> programs.planOn(patientId, later))
                        .orElseThrow()
                        .phase())
                .isEqualTo(2);
    }

    @Test
    void a_start_before_the_current_phase_is_refused_at_the_date_and_cannot_be_confirmed() {
        UI.getCurrent().navigate("patients/" + patientId);
        test(find(Button.class).withId("advance-phase").single()).click();
        DatePicker from = find(DatePicker.class).withId("advance-from").single();

        test(from).setValue(today.minusDays(30));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).startsWith("The next phase cannot start before the current one did");
        assertThat(find(Button.class).withId("advance-confirm").single().isEnabled())
                .isFalse();
    }

    @Test
    void tailoring_says_which_version_is_in_force_on_which_day() {
        LocalDate later = today.plusDays(14);
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        accounts.as(
                therapist,
                () -> programs.save(patientId, draft.withEffectiveFrom(later).withWalking(2, 45)));
        UI.getCurrent().navigate("patients/" + patientId);
        test(find(Button.class).withText("Tailor").single()).click();
        TailorDialog dialog = find(TailorDialog.class).single();

        test(dialog.effectiveFrom).setValue(today.plusDays(3));

        assertThat(dialog.effectiveFrom.getHelperText())
                .contains("will be in force from", "takes over")
                .contains(LocalFormats.date(later, UI.getCurrent().getLocale()));
    }
}
