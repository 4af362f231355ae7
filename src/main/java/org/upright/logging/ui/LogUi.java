package org.upright.logging.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.base.ConflictException;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.LocalFormats;
import org.upright.base.ServiceErrors;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.ContextTag;
import org.upright.logging.ExerciseOutcome;
import org.upright.logging.HighRating;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.SessionKind;

/** Small pieces the patient's logging screens share, so each looks and behaves the same. */
final class LogUi {

    private static final Logger log = LoggerFactory.getLogger(LogUi.class);

    private LogUi() {}

    /** The text of a message key in the current page's language. */
    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static IntegerField discomfortField(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(LoggingService.DISCOMFORT_MAX);
        field.setStepButtonsVisible(true);
        field.setHelperText(t("logging.form.anchors"));
        field.setWidthFull();
        return field;
    }

    /** The day a session was done: today, or up to {@link LoggingService#DAYS_BACK} days back. */
    static void dayField(DatePicker date, LocalDate today) {
        date.setMin(today.minusDays(LoggingService.DAYS_BACK));
        date.setMax(today);
        date.setValue(today);
        date.setHelperText(t("logging.form.day-helper", LoggingService.DAYS_BACK));
        date.setWidthFull();
    }

    static IntegerField minutesField(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(LoggingService.MINUTES_MAX);
        field.setStepButtonsVisible(true);
        field.setStep(5);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(t("logging.form.minutes-suffix")));
        field.setWidthFull();
        return field;
    }

    static TextArea noteField() {
        TextArea note = new TextArea(t("logging.form.note"));
        note.setMaxLength(LoggingService.NOTE_MAX);
        note.setHelperText(t("logging.form.note-helper"));
        note.setWidthFull();
        return note;
    }

    static String day(LocalDate date) {
        return LocalFormats.weekdayDayMonth(date, locale());
    }

    static String shortDay(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return t("logging.day.today");
        }
        if (date.equals(today.minusDays(1))) {
            return t("logging.day.yesterday");
        }
        return LocalFormats.shortWeekdayDayMonth(date, locale());
    }

    static String kind(SessionKind kind) {
        return t("logging.kind." + kind.name());
    }

    static String outcome(ExerciseOutcome outcome) {
        return t("logging.outcome." + outcome.name());
    }

    static String tag(ContextTag tag) {
        return t("logging.tag." + tag.name());
    }

    /** One line for a logged session, e.g. "Walk · 30 min · discomfort 3/10". */
    static String summary(LoggedSession s) {
        List<String> parts = new ArrayList<>();
        parts.add(kind(s.kind()));
        Integer minutes = s.minutes();
        if (minutes != null) {
            parts.add(t(
                    s.kind() == SessionKind.STRETCH ? "logging.summary.warm-up" : "logging.summary.minutes", minutes));
        }
        if (s.discomfortAfter() != null) {
            parts.add(t("logging.summary.discomfort", s.discomfortAfter()));
        }
        return String.join(" · ", parts);
    }

    static void showSaved(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * At the bottom, not in the middle: in the middle it covered the fields the patient has to
     * correct (the first of which then gets the focus).
     */
    static void showNotSaved(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_STRETCH);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("not-saved");
    }

    /** Moves the focus to the first field marked invalid, in the order the form shows them. */
    static void focusFirstInvalid(java.util.Collection<? extends HasValidation> fields) {
        fields.stream()
                .filter(HasValidation::isInvalid)
                .filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .map(f -> (com.vaadin.flow.component.Component) f)
                .min(java.util.Comparator.comparingInt(LogUi::positionOnPage))
                // centred, so the message at the bottom of the screen never covers it
                .ifPresent(f -> f.getElement()
                        .executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true});"));
    }

    // the index of a field among its parent's children: the forms keep their fields in one column
    private static int positionOnPage(com.vaadin.flow.component.Component field) {
        return field.getParent()
                .map(parent ->
                        (int) parent.getChildren().takeWhile(c -> c != field).count())
                .orElse(Integer.MAX_VALUE);
    }

    /** Shows each message at its field; returns the messages no field on the form could show. */
    static String markFields(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        return String.join(" ", FieldErrors.show(fields, errors).values());
    }

    /**
     * Runs a save; on refused input marks the fields, on any other failure says so, and in both
     * cases keeps what the patient typed and enables the Save button again.
     */
    static void saveKeepingInput(
            Runnable save, Map<String, ? extends HasValidation> fields, Button button, String what) {
        try {
            save.run();
        } catch (InvalidInputException ex) {
            String rest = markFields(ServiceErrors.texts(UI.getCurrent(), ex), fields);
            showNotSaved(t("logging.form.not-saved", rest.isEmpty() ? t("logging.form.check-marked") : rest));
            button.setEnabled(true);
            focusFirstInvalid(fields.values());
        } catch (ConflictException ex) {
            showNotSaved(ServiceErrors.text(UI.getCurrent(), ex));
            button.setEnabled(true);
        } catch (RuntimeException ex) {
            // the exception type only: what the patient typed stays out of the log
            log.warn("Saving a {} failed: {}", what, ex.getClass().getName(), ex);
            showNotSaved(t("logging.form.save-failed"));
            button.setEnabled(true);
        }
    }

    /**
     * After a save: calm advice instead of praise for a high rating; otherwise the confirmation, then
     * Today for a new session or History for a changed one.
     */
    static void afterSave(
            VerticalLayout form, LoggedSession saved, boolean edited, HighRating alerts, ClinicSettingsService clinic) {
        if (adviseOnHighRating(form, saved, alerts, clinic)) {
            return;
        }
        String what = saved.kind() == SessionKind.WALK ? "walk" : "stretch";
        showSaved(t("logging.form." + what + (edited ? "-changed" : "-saved")));
        UI.getCurrent().navigate(edited ? "history" : "today");
    }

    /**
     * After a save: when the session's rating is at or above the clinic's critical rating, replaces
     * the form with calm advice (never praise) and returns true; otherwise leaves it to the caller.
     */
    static boolean adviseOnHighRating(
            VerticalLayout form, LoggedSession saved, HighRating alerts, ClinicSettingsService clinic) {
        Integer rating = saved.discomfortAfter();
        if (rating == null || rating < alerts.threshold()) {
            return false;
        }
        form.removeAll();
        Div advice = SafetyAdvice.highRating(rating, saved.kind(), clinic.current());
        form.add(new H2(t("logging.form.kind-saved-heading", kind(saved.kind()))), advice, SafetyAdvice.backToToday());
        form.scrollIntoView();
        return true;
    }

    /** A notice, hidden until the browser goes offline, that says why logging cannot work now. */
    static Paragraph offlineNotice() {
        Paragraph notice = new Paragraph(t("logging.offline"));
        notice.addClassName("offline-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.getElement().setAttribute("hidden", true);
        return notice;
    }

    /**
     * Offline, a tap cannot reach the server, so the browser itself shows the notice: on the tap,
     * and whenever the connection drops or comes back while the page is open.
     */
    static void sayWhenOffline(Button button, Paragraph notice) {
        button.getElement().executeJs("""
                        const button = this, notice = $0;
                        const update = () => { notice.hidden = navigator.onLine; };
                        window.addEventListener('online', update);
                        window.addEventListener('offline', update);
                        button.addEventListener('click', e => {
                            if (!navigator.onLine) {
                                notice.hidden = false;
                                e.stopImmediatePropagation();
                            }
                        }, true);
                        update();""", notice.getElement());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * An exercise's full instructions and cautions, folded under one line so the plan stays short
     * until the patient opens it.
     */
    static Details howTo(String instructions, @Nullable String cautions) {
        Div content = new Div();
        Paragraph steps = new Paragraph(instructions);
        steps.addClassName("exercise-instructions");
        content.add(steps);
        boolean hasCautions = cautions != null && !cautions.isBlank();
        if (hasCautions) {
            Paragraph care = new Paragraph(t("logging.how-to.cautions", cautions));
            care.addClassName("exercise-cautions");
            content.add(care);
        }
        Details details =
                new Details(t(hasCautions ? "logging.how-to.title-cautions" : "logging.how-to.title"), content);
        details.addClassName("exercise-how-to");
        return details;
    }

    /** {@link #howTo} as markup, for a read-only list drawn from one piece of HTML. */
    static String howToMarkup(String instructions, @Nullable String cautions) {
        boolean hasCautions = cautions != null && !cautions.isBlank();
        StringBuilder html = new StringBuilder("<vaadin-details class=\"exercise-how-to\">")
                // as the Details component writes it: its summary text in a span of its own
                .append("<vaadin-details-summary slot=\"summary\"><span>")
                .append(Entities.escape(t(hasCautions ? "logging.how-to.title-cautions" : "logging.how-to.title")))
                .append("</span></vaadin-details-summary><div><p class=\"exercise-instructions\">")
                .append(Entities.escape(instructions))
                .append("</p>");
        if (hasCautions) {
            html.append("<p class=\"exercise-cautions\">")
                    .append(Entities.escape(t("logging.how-to.cautions", cautions)))
                    .append("</p>");
        }
        return html.append("</div></vaadin-details>").toString();
    }

    /** The first sentence of an exercise's instructions: enough to remember how it goes. */
    static String shortInstruction(String instructions) {
        int end = instructions.indexOf(". ");
        String first = end < 0 ? instructions : instructions.substring(0, end + 1);
        return first.length() > 160 ? first.substring(0, 157) + "…" : first;
    }
}
