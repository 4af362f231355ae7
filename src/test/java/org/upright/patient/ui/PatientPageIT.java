package org.upright.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.program.PrescriptionDraft;
import org.upright.program.ProgramService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The therapist's patient page, run server-side: what it says about the program, sessions, pauses and versions. */
@SpringBootTest
@ActiveProfiles("test")
class PatientPageIT extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients patients;

    @Autowired
    LogFixture logs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgramService programs;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void assigning_a_program_on_the_page_leaves_no_section_saying_there_is_none_and_there_is_one_export_heading() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long patientId =
                patients.create(therapist, "Nora", "Newcomer", "").patient().getId();
        signIn(therapist);
        UI.getCurrent().navigate("patients/" + patientId);
        assertThat(text(Paragraph.class)).contains("No program yet.", "No program and no logs yet.");

        test(find(Button.class).withText("Assign program").single()).click();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE patient_id = ?", Integer.class, patientId))
                .isEqualTo(1);
        assertThat(text(Paragraph.class)).doesNotContain("No program yet.", "No program and no logs yet.");
        assertThat(find(H3.class).withText("Export").all()).hasSize(1);
    }

    @Test
    void the_sessions_show_newest_first_with_note_and_context_ten_at_a_time() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        LocalDate today = logs.today("Europe/Berlin");
        long patientId = logs.patientWithProgram(therapist, "Sina", "Europe/Berlin", today.minusDays(20));
        for (int d = 14; d >= 2; d--) {
            logs.walk(patientId, today.minusDays(d), 20 + d, 3, null);
        }
        long walk = logs.walk(patientId, today.minusDays(1), 35, 2, "Felt easier after lunch");
        jdbc.update(
                "UPDATE session_log SET discomfort_before = 5, context_tags = 'DESK_WORK,SLEEP' WHERE id = ?", walk);
        long stretch = logs.stretch(patientId, today, 4, null);
        logs.stretchOutcome(stretch, "FORWARD_HANG", "DONE", 3);
        logs.stretchOutcome(stretch, "CHIN_TO_CHEST", "SKIPPED", null);

        signIn(therapist);
        UI.getCurrent().navigate("patients/" + patientId);
        List<String> shown = text(ListItem.class).stream()
                .filter(t -> t.contains("Discomfort"))
                .toList();
        assertThat(shown).hasSize(10);
        assertThat(shown.get(0))
                .contains("Stretch session", "1 of 2 stretches done", "Discomfort not rated before, 4 after");
        assertThat(shown.get(1))
                .contains(
                        "Walk · 35 min",
                        "Discomfort 5 before, 2 after",
                        "Context: Desk work, Sleep",
                        "Note: Felt easier after lunch");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText("Showing 10 of 15")
                        .exists())
                .isTrue();

        test(find(Button.class).withText("Show 5 more").single()).click();
        assertThat(text(ListItem.class).stream().filter(t -> t.contains("Discomfort")))
                .hasSize(15)
                .last()
                .asString()
                .contains("Walk · 34 min");
        assertThat(find(Button.class).withText("Show 5 more").exists()).isFalse();
    }

    @Test
    void a_pause_needs_a_reason_shown_with_the_pause_and_each_version_names_who_saved_it() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        LocalDate today = logs.today("Europe/Berlin");
        long patientId = logs.patientWithProgram(therapist, "Paula", "Europe/Berlin", today.minusDays(10));
        // a longer walk from next week, saved with the reason for it
        accounts.as(therapist, () -> {
            PrescriptionDraft draft = programs.draft(patientId);
            programs.save(
                    patientId,
                    new PrescriptionDraft(
                                    draft.basedOnPrescriptionId(),
                                    draft.effectiveFrom(),
                                    draft.walksPerDay(),
                                    draft.minutesPerWalk(),
                                    draft.stretchSessionsPerDay(),
                                    draft.warmUpMinutes(),
                                    draft.weekdays(),
                                    draft.phaseMinDays(),
                                    draft.exercises(),
                                    "Walks feel easy now")
                            .withEffectiveFrom(today.plusDays(7))
                            .withWalking(2, 40));
        });
        signIn(therapist);
        UI.getCurrent().navigate("patients/" + patientId);

        @SuppressWarnings("unchecked")
        Grid<Object> versions =
                find(Grid.class).withClassName("prescription-versions").single();
        assertThat(test(versions).size()).isEqualTo(2);
        // newest first: the scheduled one, with who saved it and why
        assertThat(test(versions).getCellText(0, column(versions, "Standing"))).isEqualTo("Scheduled");
        assertThat(test(versions).getCellText(0, column(versions, "Saved by"))).isEqualTo(therapist.getDisplayName());
        assertThat(test(versions).getCellText(0, column(versions, "Why"))).isEqualTo("Walks feel easy now");
        assertThat(test(versions).getCellText(1, column(versions, "Standing"))).isEqualTo("In force");
        assertThat(test(versions).getCellText(1, column(versions, "Saved by"))).isEqualTo(therapist.getDisplayName());

        Button pauseAction = find(Button.class).withText("Pause").single();
        test(pauseAction).click();
        Dialog dialog = find(Dialog.class).single();
        Button confirm = find(Button.class).withText("Pause").all().stream()
                .filter(b -> b != pauseAction)
                .findFirst()
                .orElseThrow();
        test(confirm).click();
        TextArea reason =
                find(TextArea.class).withCaption("Reason for the pause").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the program is paused.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM program_pause pp JOIN program p ON p.id = pp.program_id WHERE p.patient_id = ?",
                        Integer.class,
                        patientId))
                .isZero();

        test(reason).setValue("Knee operation");
        test(confirm).click();

        assertThat(text(ListItem.class)).anyMatch(t -> t.startsWith("Paused since") && t.endsWith(": Knee operation"));
    }

    private static int column(Grid<Object> grid, String header) {
        return grid.getColumns()
                .indexOf(grid.getColumns().stream()
                        .filter(c -> header.equals(c.getHeaderText()))
                        .findFirst()
                        .orElseThrow());
    }

    private List<String> text(Class<? extends com.vaadin.flow.component.Component> type) {
        return find(type).all().stream()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private void signIn(UserAccount account) {
        accounts.signIn(account, contexts, SecurityContextHolder.getContextHolderStrategy());
    }
}
