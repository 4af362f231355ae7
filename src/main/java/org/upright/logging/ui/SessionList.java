package org.upright.logging.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.logging.ContextTag;
import org.upright.logging.ExerciseOutcome;
import org.upright.logging.LoggedSession;
import org.upright.logging.SessionKind;

/**
 * A patient's sessions for the therapist, newest first: what was done, the discomfort before and
 * after, the note and the context the patient chose. A page at a time, so a long history stays short.
 */
class SessionList extends Composite<Div> {

    static final int PAGE = 10;

    private final List<LoggedSession> sessions;
    private final UnorderedList list = new UnorderedList();
    final Button showMore = new Button();
    private final Span shown = new Span();
    private int showing;

    SessionList(List<LoggedSession> sessions) {
        this.sessions = sessions;
        Div root = getContent();
        root.addClassName("patient-sessions");
        root.add(new H3(getTranslation("logging.sessions.title")));
        if (sessions.isEmpty()) {
            root.add(new Paragraph(getTranslation("logging.sessions.empty")));
            return;
        }
        list.addClassName("session-list");
        showMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showMore.addClickListener(click -> more());
        shown.addClassName("sessions-shown");
        root.add(list, shown, showMore);
        more();
    }

    private void more() {
        int until = Math.min(sessions.size(), showing + PAGE);
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        for (LoggedSession session : sessions.subList(showing, until)) {
            list.add(item(session, day));
        }
        showing = until;
        shown.setText(getTranslation("logging.sessions.shown", showing, sessions.size()));
        int left = sessions.size() - showing;
        showMore.setText(getTranslation("logging.sessions.show-more", Math.min(left, PAGE)));
        showMore.setVisible(left > 0);
    }

    private ListItem item(LoggedSession s, DateTimeFormatter day) {
        Span heading = new Span(day.format(s.date()) + " · " + s.kind().label() + " · " + amount(s));
        heading.addClassName("session-heading");
        ListItem item = new ListItem(heading);
        item.addClassName("session");
        item.add(new Div(getTranslation(
                "logging.sessions.discomfort", rating(s.discomfortBefore()), rating(s.discomfortAfter()))));
        if (!s.contextTags().isEmpty()) {
            item.add(new Div(getTranslation(
                    "logging.sessions.context",
                    s.contextTags().stream().sorted().map(ContextTag::label).collect(Collectors.joining(", ")))));
        }
        if (s.note() != null && !s.note().isBlank()) {
            Div note = new Div(getTranslation("logging.sessions.note", s.note()));
            note.addClassName("session-note");
            item.add(note);
        }
        return item;
    }

    private String amount(LoggedSession s) {
        Integer minutes = s.minutes();
        if (s.kind() == SessionKind.WALK) {
            return getTranslation("logging.sessions.walk-minutes", minutes == null ? 0 : minutes);
        }
        long done = s.exercises().stream()
                .filter(e -> e.outcome() == ExerciseOutcome.DONE)
                .count();
        return getTranslation("logging.sessions.stretches", done, s.exercises().size(), minutes == null ? 0 : minutes);
    }

    private String rating(@Nullable Integer value) {
        return value == null ? getTranslation("logging.sessions.not-rated") : String.valueOf(value);
    }
}
