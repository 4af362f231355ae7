package org.upright.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
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
import org.upright.patient.CaseloadRow;
import org.upright.patient.Contraindication;
import org.upright.security.AccountPrincipal;
import org.upright.security.Role;

/** The caseload's new-patient dialog, run server-side as a signed-in therapist. */
@SpringBootTest
@ActiveProfiles("test")
class NewPatientDialogIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void signInAsTherapist() {
        AccountPrincipal therapist = accounts.principal(accounts.create(Role.THERAPIST));
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(therapist, null, therapist.getAuthorities());
        // this context's strategy (read by the services) and the static holder (read by the mocked request)
        contexts.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void refused_input_shows_a_message_at_each_field_and_keeps_what_was_typed() {
        navigate(CaseloadView.class);
        assertThat(find(Span.class)
                        .withText("No patients on your caseload yet. Use \u201cNew patient\u201d to add "
                                + "the first one.")
                        .single()
                        .isVisible())
                .isTrue();
        test(find(Button.class).withText("New patient").single()).click();
        NewPatientDialog dialog = find(NewPatientDialog.class).single();

        test(dialog.form.givenName).setValue("   ");
        test(dialog.form.email).setValue("not-an-email");
        test(dialog.form.notes).setValue("Works at a desk all day");
        test(dialog.save).click();

        assertThat(dialog.form.givenName.isInvalid()).isTrue();
        assertThat(dialog.form.givenName.getErrorMessage()).isEqualTo("Enter the first name.");
        assertThat(dialog.form.familyName.getErrorMessage()).isEqualTo("Enter the last name.");
        assertThat(dialog.form.email.isInvalid()).isTrue();
        assertThat(dialog.form.email.getErrorMessage()).startsWith("Enter a valid email address");
        assertThat(dialog.form.timeZone.isInvalid()).isFalse();
        assertThat(dialog.form.notes.getValue()).isEqualTo("Works at a desk all day");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_notes_field_tells_the_therapist_that_the_patient_sees_the_notes_too() {
        navigate(CaseloadView.class);
        test(find(Button.class).withText("New patient").single()).click();
        NewPatientDialog dialog = find(NewPatientDialog.class).single();

        assertThat(dialog.form.notes.getHelperText()).contains("the patient").doesNotContain("Only you");
    }

    @Test
    void a_created_patient_is_shown_once_with_the_login_and_one_time_password_and_joins_the_caseload() {
        navigate(CaseloadView.class);
        test(find(Button.class).withText("New patient").single()).click();
        NewPatientDialog dialog = find(NewPatientDialog.class).single();
        String email = "robin." + System.nanoTime() + "@example.org";
        test(dialog.form.givenName).setValue("Robin");
        test(dialog.form.familyName).setValue("Lee");
        test(dialog.form.email).setValue(email);
        test(dialog.form.contraindications).selectItem(Contraindication.NECK_INJURY.label());
        test(dialog.save).click();

        assertThat(dialog.getHeaderTitle()).isEqualTo("Robin Lee is on your caseload");
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains(email).contains("in person").contains("shown only now");
        assertThat(text).containsPattern("[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}");
        @SuppressWarnings("unchecked")
        Grid<CaseloadRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).fullName()).isEqualTo("Robin Lee");
    }
}
