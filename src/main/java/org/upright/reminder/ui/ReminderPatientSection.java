package org.upright.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;
import org.upright.reminder.ReminderService;
import org.upright.reminder.ReminderSetting;

/** Shows the therapist whether the patient has reminders on, and at which of the patient's local times. */
@org.springframework.stereotype.Component
class ReminderPatientSection implements PatientSection {

    private final ReminderService reminders;

    ReminderPatientSection(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.PATIENT_PAGE;
    }

    @Override
    public Component create(Patient patient) {
        ReminderSetting setting = reminders.of(patient.getId());
        Div section = new Div();
        section.addClassName("reminder-status");
        section.add(new H3(section.getTranslation("reminder.therapist.title")));
        String text = setting.enabled() && setting.times() != null
                ? section.getTranslation(
                        "reminder.therapist.on",
                        setting.times().slots().stream()
                                .map(LocalTime::toString)
                                .collect(Collectors.joining(", ")),
                        patient.getTimeZone())
                : section.getTranslation("reminder.therapist.off");
        section.add(new Paragraph(text));
        return section;
    }
}
