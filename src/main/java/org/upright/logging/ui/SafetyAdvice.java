package org.upright.logging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.upright.clinic.ClinicContact;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagUrgency;

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
        H3 headline = new H3(headline(urgency, clinic));
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
            Span about = new Span(capitalised(q.summary()) + ": ");
            about.addClassName("red-flag-advice-about");
            item.add(about, new Span(q.advice()));
            advice.add(item);
        }
        card.add(advice, new Paragraph(pausedText), contact(clinic));
        return card;
    }

    /** After a session rated at or above the clinic's critical rating: stop, rest, whom to call. */
    static Div highRating(int rating, String what, ClinicContact clinic) {
        Div card = new Div();
        card.addClassNames("card", "red-flag-warning", "safety-advice", "high-rating-advice");
        card.add(
                new H3("Please stop and rest for today"),
                new Paragraph("You rated your discomfort " + rating + " out of 10. That is high, so please stop the "
                        + "exercises for today and rest in a position that eases the pain. Your " + what
                        + " is saved, and your therapist has been told."),
                new Paragraph("If the pain is still this strong tomorrow, or keeps getting worse, call "
                        + clinic.nameOrYourClinic() + " before you exercise again."),
                new Paragraph("If you also have chest pain, feel short of breath, notice new numbness or weakness, "
                        + "or have trouble controlling your bladder or bowels, call "
                        + clinic.emergencyNumberOrDefault()
                        + " now."),
                contact(clinic));
        return card;
    }

    /** The clinic's name, phone, e-mail and address, and the emergency number; phone numbers can be tapped. */
    static Div contact(ClinicContact clinic) {
        Div contact = new Div();
        contact.addClassName("clinic-contact");
        contact.add(line("Your clinic: ", new Span(clinic.nameOrYourClinic()), "clinic-name"));
        contact.add(line(
                "Phone: ",
                clinic.hasPhone() ? phoneLink(clinic.phone()) : new Span(clinic.phoneOrHint()),
                "clinic-phone"));
        if (!clinic.email().isEmpty()) {
            contact.add(line("E-mail: ", new Anchor("mailto:" + clinic.email(), clinic.email()), "clinic-email"));
        }
        if (!clinic.address().isEmpty()) {
            Span address = new Span(clinic.address());
            address.addClassName("clinic-address-text");
            contact.add(line("Address: ", address, "clinic-address"));
        }
        contact.add(line("Emergency number: ", phoneLink(clinic.emergencyNumberOrDefault()), "clinic-emergency"));
        return contact;
    }

    static Button backToToday() {
        Button back = new Button("Back to Today", e -> UI.getCurrent().navigate("today"));
        back.addClassName("big-button");
        return back;
    }

    private static String headline(RedFlagUrgency urgency, ClinicContact clinic) {
        return switch (urgency) {
            case EMERGENCY_NOW -> "Call " + clinic.emergencyNumberOrDefault() + " now";
            case EMERGENCY_DEPARTMENT_TODAY -> "Go to an emergency department today";
            case CLINICIAN_TODAY -> "Please contact your clinic today";
            case CLINICIAN_SOON -> "Please contact your clinic in the next day or two";
        };
    }

    private static Paragraph line(String label, com.vaadin.flow.component.Component value, String className) {
        Paragraph line = new Paragraph(new Span(label), value);
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
