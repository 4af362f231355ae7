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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.HighRating;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;

/** Small pieces the patient's logging screens share, so each looks and behaves the same. */
final class LogUi {

    private static final Logger log = LoggerFactory.getLogger(LogUi.class);

    static final String ANCHORS = "0 = no pain, 10 = worst pain imaginable";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private LogUi() {}

    static IntegerField discomfortField(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(LoggingService.DISCOMFORT_MAX);
        field.setStepButtonsVisible(true);
        field.setHelperText(ANCHORS);
        field.setWidthFull();
        return field;
    }

    /** The day a session was done: today, or up to {@link LoggingService#DAYS_BACK} days back. */
    static void dayField(DatePicker date, LocalDate today) {
        date.setMin(today.minusDays(LoggingService.DAYS_BACK));
        date.setMax(today);
        date.setValue(today);
        date.setHelperText("Today, or up to " + LoggingService.DAYS_BACK + " days back.");
        date.setWidthFull();
    }

    static IntegerField minutesField(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(LoggingService.MINUTES_MAX);
        field.setStepButtonsVisible(true);
        field.setStep(5);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
        field.setWidthFull();
        return field;
    }

    static TextArea noteField() {
        TextArea note = new TextArea("Note (optional)");
        note.setMaxLength(LoggingService.NOTE_MAX);
        note.setHelperText("Anything worth telling your therapist.");
        note.setWidthFull();
        return note;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String shortDay(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "Today";
        }
        if (date.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return SHORT_DAY.format(date);
    }

    /** One line for a logged session, e.g. "Walk · 30 min · discomfort 3/10". */
    static String summary(LoggedSession s) {
        StringBuilder sb = new StringBuilder(s.kind().label());
        Integer minutes = s.minutes();
        if (minutes != null) {
            sb.append(" · ").append(minutes).append(" min");
            if (s.kind() == org.upright.logging.SessionKind.STRETCH) {
                sb.append(" warm-up");
            }
        }
        if (s.discomfortAfter() != null) {
            sb.append(" · discomfort ").append(s.discomfortAfter()).append("/10");
        }
        return sb.toString();
    }

    static void showSaved(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void showNotSaved(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
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
            String rest = markFields(ex.fieldErrors(), fields);
            showNotSaved("Not saved yet. " + (rest.isEmpty() ? "Please check the marked fields." : rest)
                    + " Your input is still here.");
            button.setEnabled(true);
        } catch (RuntimeException ex) {
            // the exception type only: what the patient typed stays out of the log
            log.warn("Saving a {} failed: {}", what, ex.getClass().getName(), ex);
            showNotSaved("Could not save just now. Your input is still here; please try again.");
            button.setEnabled(true);
        }
    }

    /**
     * After a save: calm advice instead of praise for a high rating; otherwise the confirmation, then
     * Today for a new session or History for a changed one.
     */
    static void afterSave(
            VerticalLayout form,
            LoggedSession saved,
            boolean edited,
            String what,
            HighRating alerts,
            ClinicSettingsService clinic) {
        if (adviseOnHighRating(form, saved, alerts, clinic)) {
            return;
        }
        showSaved(edited ? what + " changed." : what + " saved. Well done!");
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
        Div advice = SafetyAdvice.highRating(
                rating, saved.kind().label().toLowerCase(java.util.Locale.ENGLISH), clinic.current());
        form.add(new H2(saved.kind().label() + " saved"), advice, SafetyAdvice.backToToday());
        form.scrollIntoView();
        return true;
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
            Paragraph care = new Paragraph("Take care: " + cautions);
            care.addClassName("exercise-cautions");
            content.add(care);
        }
        Details details = new Details(hasCautions ? "How to do it, and when to take care" : "How to do it", content);
        details.addClassName("exercise-how-to");
        return details;
    }

    /** The first sentence of an exercise's instructions: enough to remember how it goes. */
    static String shortInstruction(String instructions) {
        int end = instructions.indexOf(". ");
        String first = end < 0 ? instructions : instructions.substring(0, end + 1);
        return first.length() > 160 ? first.substring(0, 157) + "…" : first;
    }
}
