package org.upright.logging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.upright.base.InvalidInputException;
import org.upright.logging.ContextTag;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.SessionKind;
import org.upright.logging.TodayService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;
import org.upright.patient.PatientService;
import org.upright.security.Role;

/** The patient's own sessions, newest first; today's can be changed or deleted, older ones are read-only. */
@Route("history")
@PageTitle("History · Upright")
@Menu(title = "History", order = 20, icon = "vaadin:calendar-clock")
@RolesAllowed(Role.PATIENT_ROLE)
class HistoryView extends VerticalLayout {

    private final LoggingService logging;
    private final TodayService todayService;
    private final Div list = new Div();

    HistoryView(
            LoggingService logging,
            TodayService todayService,
            PatientService patients,
            List<PatientSection> contributed) {
        this.logging = logging;
        this.todayService = todayService;
        addClassName("patient-view");
        add(new H2("History"));
        // the patient's own charts (walking minutes against the target, discomfort over time) come from adherence
        Patient self = patients.self();
        Div charts = new Div();
        contributed.stream()
                .filter(s -> s.shownOn(PatientSection.Place.OWN_HISTORY))
                .sorted(java.util.Comparator.comparingInt(PatientSection::order))
                .forEach(section -> charts.add(section.create(self)));
        charts.setId("history-charts");
        charts.addClassName("history-charts");
        charts.setWidthFull();
        add(charts);
        list.setWidthFull();
        list.addClassName("history-list");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<LoggedSession> sessions = logging.history();
        if (sessions.isEmpty()) {
            list.add(new Paragraph("Nothing logged yet. Your walks and stretch sessions will show up here."));
            return;
        }
        LocalDate today = todayService.todayForMe();
        for (LoggedSession s : sessions) {
            list.add(card(s, today));
        }
    }

    private Div card(LoggedSession s, LocalDate today) {
        Div card = new Div();
        card.addClassNames("card", "history-entry");
        card.add(new H3(LogUi.shortDay(s.date(), today) + " · " + s.kind().label()));
        Integer minutes = s.minutes();
        if (minutes != null) {
            card.add(line(
                    s.kind() == SessionKind.WALK ? minutes + " minutes" : "Warm-up walk: " + minutes + " minutes"));
        }
        if (s.discomfortAfter() != null) {
            card.add(line("Discomfort after: " + s.discomfortAfter() + " / 10"
                    + (s.discomfortBefore() != null ? " (before: " + s.discomfortBefore() + ")" : "")));
        }
        for (LoggedSession.Exercise e : s.exercises()) {
            card.add(line(e.name() + ": " + e.outcome().label()
                    + (e.discomfort() != null ? " (discomfort " + e.discomfort() + ")" : "")));
        }
        if (!s.contextTags().isEmpty()) {
            card.add(line("Possible causes: "
                    + s.contextTags().stream().map(ContextTag::label).collect(Collectors.joining(", "))));
        }
        if (s.note() != null) {
            // setText: the note is shown as typed, never interpreted as markup
            Paragraph note = new Paragraph();
            note.setText(s.note());
            note.addClassName("history-note");
            card.add(note);
        }
        if (s.editable()) {
            Button edit = new Button(
                    "Change",
                    e -> UI.getCurrent()
                            .navigate((s.kind() == SessionKind.WALK ? "log-walk/" : "log-stretches/") + s.id()));
            Button delete = new Button("Delete", e -> confirmDelete(s));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, delete);
            actions.addClassName("history-actions");
            card.add(actions);
        }
        return card;
    }

    private void confirmDelete(LoggedSession s) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete this " + s.kind().label().toLowerCase() + "?",
                "It will no longer count towards your plan or your streak.",
                "Delete",
                e -> {
                    try {
                        logging.delete(s.id());
                        LogUi.showSaved("Deleted.");
                    } catch (InvalidInputException ex) {
                        LogUi.showNotSaved(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("history-line");
        return span;
    }
}
