package org.upright.logging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.upright.clinic.ClinicContact;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagUrgency;
import org.upright.logging.SessionKind;

/**
 * What a patient reads after a warning sign or a high rating: the most urgent step first, the
 * advice for each answer, and how to reach the clinic and the emergency services. The safety
 * check's result and Today (while the check keeps the program paused) show the same card, so the
 * urgency never reads softer on the next page.
 */
final class SafetyAdvice {

    private SafetyAdvice() {}

    /** The advice for the "yes" answers, which must be most urgent first. */
    static Div redFlags(List<RedFlagQuestion> yes, ClinicContact clinic, String pausedText) {
        Div card = new Div();
        card.addClassNames("card", "red-flag-warning", "safety-advice");
        RedFlagUrgency urgency = yes.get(0).urgency();
        H2 headline = new H2(headline(urgency, clinic));
        headline.addClassName("safety-headline");
        if (urgency == RedFlagUrgency.EMERGENCY_NOW || urgency == RedFlagUrgency.EMERGENCY_DEPARTMENT_TODAY) {
            headline.addClassName("red-flag-emergency");
        }
        card.add(headline);
        UnorderedList advice = new UnorderedList();
        advice.addClassName("red-flag-advice");
        for (RedFlagQuestion q : yes) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-question", q.name());
            Span about = new Span(LogUi.t("logging.safety.about", capitalised(summary(q))) + " ");
            about.addClassName("red-flag-advice-about");
            item.add(about, new Span(LogUi.t("logging.redflag." + q.name() + ".advice")));
            advice.add(item);
        }
        card.add(advice, new Paragraph(pausedText), contact(clinic));
        return card;
    }

    /** After a session rated at or above the clinic's critical rating: stop, rest, whom to call. */
    static Div highRating(int rating, SessionKind kind, ClinicContact clinic) {
        Div card = new Div();
        card.addClassNames("card", "red-flag-warning", "safety-advice", "high-rating-advice");
        card.add(
                new H2(LogUi.t("logging.safety.high-title")),
                new Paragraph(LogUi.t(
                        kind == SessionKind.WALK ? "logging.safety.high-walk" : "logging.safety.high-stretch", rating)),
                new Paragraph(LogUi.t("logging.safety.high-tomorrow", clinic.nameOrYourClinic())),
                new Paragraph(LogUi.t("logging.safety.high-emergency", clinic.emergencyNumberOrDefault())),
                contact(clinic));
        return card;
    }

    /** The clinic's name, phone, e-mail and address, and the emergency number; phone numbers can be tapped. */
    static Div contact(ClinicContact clinic) {
        Div contact = new Div();
        contact.addClassName("clinic-contact");
        contact.add(line("logging.safety.your-clinic", new Span(clinic.nameOrYourClinic()), "clinic-name"));
        contact.add(line(
                "logging.safety.phone",
                clinic.hasPhone() ? phoneLink(clinic.phone()) : new Span(clinic.phoneOrHint()),
                "clinic-phone"));
        if (!clinic.email().isEmpty()) {
            contact.add(line(
                    "logging.safety.email", new Anchor("mailto:" + clinic.email(), clinic.email()), "clinic-email"));
        }
        if (!clinic.address().isEmpty()) {
            Span address = new Span(clinic.address());
            address.addClassName("clinic-address-text");
            contact.add(line("logging.safety.address", address, "clinic-address"));
        }
        contact.add(line(
                "logging.safety.emergency-number", phoneLink(clinic.emergencyNumberOrDefault()), "clinic-emergency"));
        return contact;
    }

    static Button backToToday() {
        Button back = new Button(
                LogUi.t("logging.safety.back-to-today"), e -> UI.getCurrent().navigate("today"));
        back.addClassName("big-button");
        return back;
    }

    private static String headline(RedFlagUrgency urgency, ClinicContact clinic) {
        return LogUi.t("logging.safety." + urgency.name(), clinic.emergencyNumberOrDefault());
    }

    /** A warning sign in a few words, in the page's language. */
    static String summary(RedFlagQuestion question) {
        return LogUi.t("logging.redflag." + question.name() + ".summary");
    }

    static String question(RedFlagQuestion question) {
        return LogUi.t("logging.redflag." + question.name() + ".question");
    }

    private static Paragraph line(String labelKey, com.vaadin.flow.component.Component value, String className) {
        Paragraph line = new Paragraph(new Span(LogUi.t(labelKey) + " "), value);
        line.addClassName(className);
        return line;
    }

    private static Anchor phoneLink(String number) {
        Anchor link = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), number);
        link.addClassName("phone-link");
        return link;
    }

    private static String capitalised(@Nullable String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
