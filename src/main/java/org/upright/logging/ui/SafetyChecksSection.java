package org.upright.logging.ui;

import com.vaadin.flow.component.details.Details;
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
import org.upright.logging.SafetyCheck;
import org.upright.logging.SafetyCheckHistory;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/**
 * Every safety check of the patient on their page and their dashboard, newest first: a check with a
 * "yes" is marked and open, so the therapist sees at once what the patient reported.
 */
@org.springframework.stereotype.Component
class SafetyChecksSection implements PatientSection {

    private final SafetyCheckHistory history;

    SafetyChecksSection(SafetyCheckHistory history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean shownOn(Place place) {
        return place != Place.OWN_HISTORY;
    }

    @Override
    public com.vaadin.flow.component.Component create(Patient patient) {
        Div section = new Div();
        section.addClassName("safety-checks");
        section.add(new H3(LogUi.t("logging.checks.heading")));
        List<SafetyCheck> checks = history.checksOf(patient.getId());
        if (checks.isEmpty()) {
            section.add(new Paragraph(LogUi.t("logging.checks.none")));
            return section;
        }
        for (SafetyCheck check : checks) {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(LogUi.locale())
                    .format(check.answeredAt().atZone(patient.getZone()));
            Span summary = new Span(when + " · "
                    + (check.anyYes()
                            ? LogUi.t(
                                    "logging.checks.red-flag",
                                    check.yes().stream()
                                            .map(SafetyAdvice::summary)
                                            .collect(Collectors.joining("; ")))
                            : LogUi.t("logging.checks.all-no")));
            summary.addClassName(check.anyYes() ? "safety-check-yes" : "safety-check-clear");
            UnorderedList answers = new UnorderedList();
            check.answers().forEach((question, yes) -> {
                ListItem item = new ListItem(LogUi.t(
                        "logging.checks.answer",
                        LogUi.t(yes ? "logging.redflag.yes" : "logging.redflag.no"),
                        SafetyAdvice.question(question)));
                if (yes) {
                    item.addClassName("safety-answer-yes");
                }
                answers.add(item);
            });
            check.unknown().forEach(raw -> answers.add(new ListItem(raw)));
            Details details = new Details(summary, answers);
            details.setOpened(check.anyYes());
            details.getElement().setAttribute("data-check", String.valueOf(check.id()));
            section.add(details);
        }
        return section;
    }
}
