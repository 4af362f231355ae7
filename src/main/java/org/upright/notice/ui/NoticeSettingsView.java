package org.upright.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.time.ZoneId;
import org.upright.notice.NoticeService;
import org.upright.notice.NoticeSetting;
import org.upright.security.Role;

/** The therapist opts in to notices: at once on a red flag or critical alert, and a morning count. */
@Route("notices")
@Menu(title = "notice.settings.menu", order = 45, icon = "vaadin:envelope-o")
@RolesAllowed(Role.THERAPIST_ROLE)
class NoticeSettingsView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("notice.settings.page-title");
    }

    NoticeSettingsView(NoticeService notices) {
        setMaxWidth("700px");
        NoticeSetting setting = notices.mine(ZoneId.systemDefault());
        Checkbox immediate = new Checkbox(getTranslation("notice.settings.immediate"), setting.immediate());
        Checkbox digest = new Checkbox(getTranslation("notice.settings.digest"), setting.digest());
        TimePicker time = new TimePicker(getTranslation("notice.settings.time"), setting.digestTime());
        time.setStep(Duration.ofMinutes(15));
        ComboBox<String> zone = new ComboBox<>(getTranslation("notice.settings.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(setting.zone().getId());
        zone.setWidthFull();
        Button save = new Button(getTranslation("notice.settings.save"), click -> {
            time.setInvalid(false);
            zone.setInvalid(false);
            if (time.getValue() == null) {
                time.setErrorMessage(getTranslation("notice.settings.error.time"));
                time.setInvalid(true);
                return;
            }
            if (zone.getValue() == null) {
                zone.setErrorMessage(getTranslation("notice.settings.error.zone"));
                zone.setInvalid(true);
                return;
            }
            notices.saveMine(new NoticeSetting(
                    immediate.getValue(), digest.getValue(), time.getValue(), ZoneId.of(zone.getValue())));
            Notification.show(getTranslation("notice.settings.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("notice.settings.intro")), immediate, digest, time, zone, save);
    }
}
