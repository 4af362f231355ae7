package org.upright.reminder.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.reminder.ReminderService;
import org.upright.reminder.ReminderSetting;
import org.upright.reminder.ReminderTimes;
import org.upright.security.Role;

/** The patient turns reminders on or off and chooses one or two times of day on their own clock. */
@Route("reminders")
@Menu(title = "reminder.menu", order = 14, icon = "vaadin:bell-o")
@RolesAllowed(Role.PATIENT_ROLE)
class ReminderSettingsView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("reminder.page-title");
    }

    private final Checkbox enabled = new Checkbox();
    private final TimePicker first = new TimePicker();
    private final TimePicker second = new TimePicker();

    ReminderSettingsView(ReminderService reminders, PushOffer push) {
        addClassName("patient-view");
        setMaxWidth("600px");
        enabled.setLabel(getTranslation("reminder.settings.enabled"));
        first.setLabel(getTranslation("reminder.settings.first"));
        second.setLabel(getTranslation("reminder.settings.second"));
        second.setClearButtonVisible(true);
        for (TimePicker picker : new TimePicker[] {first, second}) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setWidthFull();
        }
        ReminderSetting setting = reminders.mine();
        enabled.setValue(setting.enabled());
        if (setting.times() != null) {
            first.setValue(setting.times().first());
            second.setValue(setting.times().second());
        } else {
            first.setValue(LocalTime.of(10, 0));
        }
        first.setEnabled(enabled.getValue());
        second.setEnabled(enabled.getValue());
        enabled.addValueChangeListener(e -> {
            first.setEnabled(e.getValue());
            second.setEnabled(e.getValue());
        });
        Map<String, HasValidation> fields = Map.of("first", first, "second", second);
        Button save = new Button(getTranslation("reminder.settings.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                if (enabled.getValue()) {
                    reminders.turnOnMine(ReminderTimes.of(first.getValue(), second.getValue()));
                    Notification.show(getTranslation("reminder.settings.saved.on"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    reminders.turnOffMine();
                    Notification.show(getTranslation("reminder.settings.saved.off"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            } catch (InvalidInputException ex) {
                ServiceErrors.texts(this, ex).forEach((field, message) -> {
                    HasValidation f = fields.getOrDefault(field, first);
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                });
                Notification.show(getTranslation("reminder.settings.error.form"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("big-button");
        add(
                new Paragraph(getTranslation("reminder.settings.intro")),
                enabled,
                first,
                second,
                new Paragraph(getTranslation("reminder.settings.zone")),
                save,
                push.card(false));
    }
}
