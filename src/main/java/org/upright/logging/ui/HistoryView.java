package org.upright.logging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
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
@Menu(title = "logging.menu.history", order = 20, icon = "vaadin:calendar-clock")
@RolesAllowed(Role.PATIENT_ROLE)
class HistoryView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("logging.history.page-title");
    }

    private final LoggingService logging;
    private final TodayService todayService;
    private final Div list = new Div();
    private final Button older = new Button();
    // the newest sessions first; older ones a page at a time, so a long history stays quick to open
    private int shown = PAGE;
    static final int PAGE = 20;

    HistoryView(
            LoggingService logging,
            TodayService todayService,
            PatientService patients,
            List<PatientSection> contributed) {
        this.logging = logging;
        this.todayService = todayService;
        addClassName("patient-view");
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
        older.setText(getTranslation("logging.history.show-older"));
        older.addClassName("history-older");
        older.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        add(list, older);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        // one more than shown tells whether there are older ones
        List<LoggedSession> sessions = logging.history(shown + 1);
        older.setVisible(sessions.size() > shown);
        if (sessions.isEmpty()) {
            list.add(new Paragraph(getTranslation("logging.history.empty")));
            return;
        }
        LocalDate today = todayService.todayForMe();
        for (LoggedSession s : sessions.subList(0, Math.min(shown, sessions.size()))) {
            list.add(card(s, today));
        }
    }

    /**
     * One session. Only today's can be changed, so only its card is made of components (with its
     * buttons); an older one is read-only, drawn by the browser from one piece of escaped HTML.
     */
    private Component card(LoggedSession s, LocalDate today) {
        String title = LogUi.shortDay(s.date(), today) + " · " + LogUi.kind(s.kind());
        List<String> lines = lines(s);
        if (!s.editable()) {
            StringBuilder html = new StringBuilder("<div class=\"card history-entry\"><h2>")
                    .append(Entities.escape(title))
                    .append("</h2>");
            lines.forEach(line -> html.append("<span class=\"history-line\">")
                    .append(Entities.escape(line))
                    .append("</span>"));
            if (s.note() != null) {
                // escaped: the note is shown as typed, never interpreted as markup
                html.append("<p class=\"history-note\">")
                        .append(Entities.escape(s.note()))
                        .append("</p>");
            }
            return new Html(html.append("</div>").toString());
        }
        Div card = new Div();
        card.addClassNames("card", "history-entry");
        card.add(new H2(title));
        lines.forEach(line -> card.add(line(line)));
        if (s.note() != null) {
            // setText: the note is shown as typed, never interpreted as markup
            Paragraph note = new Paragraph();
            note.setText(s.note());
            note.addClassName("history-note");
            card.add(note);
        }
        Button edit = new Button(
                getTranslation("logging.history.change"),
                e -> UI.getCurrent()
                        .navigate((s.kind() == SessionKind.WALK ? "log-walk/" : "log-stretches/") + s.id()));
        Button delete = new Button(getTranslation("logging.history.delete"), e -> confirmDelete(s));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.addClassName("history-actions");
        card.add(actions);
        return card;
    }

    /** The session's lines under its title: minutes, ratings, each exercise, the causes. */
    private List<String> lines(LoggedSession s) {
        List<String> lines = new java.util.ArrayList<>();
        Integer minutes = s.minutes();
        if (minutes != null) {
            lines.add(getTranslation(
                    s.kind() == SessionKind.WALK ? "logging.history.walk-minutes" : "logging.history.warm-up-minutes",
                    minutes));
        }
        if (s.discomfortAfter() != null) {
            lines.add(
                    s.discomfortBefore() != null
                            ? getTranslation(
                                    "logging.history.discomfort-after-before",
                                    s.discomfortAfter(),
                                    s.discomfortBefore())
                            : getTranslation("logging.history.discomfort-after", s.discomfortAfter()));
        }
        for (LoggedSession.Exercise e : s.exercises()) {
            lines.add(
                    e.discomfort() != null
                            ? getTranslation(
                                    "logging.history.exercise-discomfort",
                                    e.name(),
                                    LogUi.outcome(e.outcome()),
                                    e.discomfort())
                            : getTranslation("logging.history.exercise", e.name(), LogUi.outcome(e.outcome())));
        }
        if (!s.contextTags().isEmpty()) {
            lines.add(getTranslation(
                    "logging.history.causes",
                    s.contextTags().stream().map(LogUi::tag).collect(Collectors.joining(", "))));
        }
        return lines;
    }

    private void confirmDelete(LoggedSession s) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation(
                        s.kind() == SessionKind.WALK
                                ? "logging.history.delete-walk"
                                : "logging.history.delete-stretch"),
                getTranslation("logging.history.delete-text"),
                getTranslation("logging.history.delete"),
                e -> {
                    try {
                        logging.delete(s.id());
                        LogUi.showSaved(getTranslation("logging.history.deleted"));
                    } catch (InvalidInputException ex) {
                        LogUi.showNotSaved(ServiceErrors.text(this, ex));
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("logging.history.keep"));
        dialog.setConfirmButtonTheme("error primary");
        // the safe choice has the focus, so Enter or a hasty tap keeps the session
        Button keep = new Button(getTranslation("logging.history.keep"), e -> dialog.close());
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        keep.addClassName("keep-session");
        dialog.setCancelButton(keep);
        dialog.open();
        // the dialog focuses its confirm button once it has opened; the first focus it gives goes to "Keep it"
        dialog.getElement().executeJs("""
                        const keep = $0;
                        // while the dialog is opening (a second at most), focus given elsewhere goes to "Keep it"
                        let until = this.opened ? Date.now() + 1500 : 0;
                        this.addEventListener('opened-changed', e => { until = e.detail.value ? Date.now() + 1500 : 0; });
                        this.addEventListener('focusin', e => {
                            if (e.target !== keep && Date.now() < until) {
                                until = 0;
                                keep.focus();
                            }
                        });
                        if (this.opened) { keep.focus(); }""", keep.getElement());
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("history-line");
        return span;
    }
}
