package org.upright.program.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
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
import org.upright.program.Exercise;
import org.upright.program.ProgramFixtures;
import org.upright.program.ProgramService;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateCopy;
import org.upright.program.TemplateExercise;
import org.upright.security.AccountPrincipal;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The "Edit exercises" dialog of the library, run server-side as a therapist. */
@SpringBootTest
@ActiveProfiles("test")
class TemplateExercisesDialogIT extends SpringBrowserlessTest {

    @Autowired
    org.upright.program.ExerciseLibrary exerciseLibrary;

    @Autowired
    org.upright.program.TemplateService templateService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    SecurityContextHolderStrategy contexts;

    UserAccount therapist;
    ProgramTemplate copy;
    long bandRow;

    @BeforeEach
    void signInAsTherapistWithAClinicTemplate() {
        therapist = accounts.create(Role.THERAPIST);
        long builtInId = fixtures.builtInTemplateId(therapist);
        copy = accounts.as(
                therapist,
                () -> templateService.duplicate(
                        new TemplateCopy(builtInId, "Dialog copy " + System.nanoTime(), List.of())));
        bandRow = accounts.as(therapist, () -> exerciseLibrary.all()).stream()
                .filter(e -> e.getCode().equals("BAND_ROW"))
                .findFirst()
                .map(Exercise::getId)
                .orElseThrow();
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
    void an_impossible_dose_stays_in_its_field_with_the_message_and_a_fixed_one_is_saved() {
        UI.getCurrent().navigate("library");
        ProgramTemplate fresh = templateService.templates().stream()
                .filter(t -> t.getId() == copy.getId())
                .findFirst()
                .orElseThrow();
        find(LibraryView.class).single().openEditExercises(fresh);
        String id = "phase2-exercise-" + bandRow + "-";
        Checkbox include = find(Checkbox.class).id(id + "include");
        IntegerField reps = find(IntegerField.class).id(id + "reps");
        assertThat(include.getValue()).as("band row is not in phase 2 yet").isFalse();
        assertThat(reps.isEnabled()).isFalse();

        include.setValue(true);
        reps.setValue(101);
        test(find(Button.class).withText("Save exercises").single()).click();

        assertThat(reps.isInvalid()).isTrue();
        assertThat(reps.getErrorMessage()).isEqualTo("Enter 1 to 100 repetitions.");
        assertThat(reps.getValue()).isEqualTo(101);
        assertThat(find(Dialog.class).single().isOpened()).isTrue();

        reps.setValue(12);
        test(find(Button.class).withText("Save exercises").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        ProgramTemplate saved = accounts.as(therapist, () -> templateService.templates()).stream()
                .filter(t -> t.getId() == copy.getId())
                .findFirst()
                .orElseThrow();
        assertThat(saved.phase(2).getExercises())
                .filteredOn(te -> te.getExercise().getId() == bandRow)
                .singleElement()
                .extracting(TemplateExercise::getReps)
                .isEqualTo(12);
        assertThat(saved.phase(2).getExercises()).hasSize(4);
    }
}
